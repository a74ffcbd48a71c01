// Preact runs `useEffect` callbacks from a requestAnimationFrame callback. On a wiki page that callback lands in
// the frame that lays out the page after our panel is inserted, a long frame on a page of a thousand ideas, which
// our code should stay out of. A task of their own, right after the render, serves effects just as well.
import { options } from 'preact';

options.requestAnimationFrame = (flushEffects) => setTimeout(flushEffects);
