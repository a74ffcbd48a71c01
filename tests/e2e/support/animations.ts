// The page's animations held still: a short effect (the flash on the element a link took the reader to) stays
// in place until the test has looked, however long a busy machine takes to get there.
import type { Page } from '@playwright/test';

/** Stops the page's animation clock (DevTools' animation speed 0): animations started from now on never end. */
export async function holdAnimations(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
}

/** The animations running on an element, as keyframe properties ('backgroundColor' for a flash), in the page's world. */
export const animatedProperties = (element: Element): string[] =>
  element.getAnimations().flatMap((animation) => {
    const [first] = (animation.effect as KeyframeEffect | null)?.getKeyframes() ?? [];
    return Object.keys(first ?? {}).filter((key) => !['offset', 'easing', 'composite', 'computedOffset'].includes(key));
  });
