// The baseline `npm run bench` compares Idea Scout with: a search box in a shadow root at the top of the page.
// It sets the same User Timing mark as Idea Scout, so the bench can tell when its box is there.
const host = document.createElement('div');
const input = document.createElement('input');
input.type = 'search';
input.setAttribute('aria-label', 'Search ideas');
host.attachShadow({ mode: 'open' }).append(input);
document.body.prepend(host);
performance.mark('idea-scout:search-box');
