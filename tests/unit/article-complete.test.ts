// The content script starts once the article's content is complete: when the parser has put something after it,
// or at DOMContentLoaded on a page without a content element, and at once when the DOM is complete already.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { articleComplete } from '../../entrypoints/content/article-complete';

/** A document "still loading" (jsdom parses at once, so its state is set by hand once its own events are past). */
async function loading(body: string): Promise<Document> {
  const { window } = new JSDOM(`<!doctype html><body>${body}</body>`);
  await new Promise((resolve) => window.addEventListener('load', resolve));
  Object.defineProperty(window.document, 'readyState', { value: 'loading', configurable: true });
  globalThis.MutationObserver = window.MutationObserver;
  return window.document;
}

/** Whether `promise` has settled once pending callbacks (the observer's records) are delivered. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('articleComplete', () => {
  const original = globalThis.MutationObserver;
  afterEach(() => {
    globalThis.MutationObserver = original;
  });

  it('waits while the parser is inside the content, and resolves once anything follows it', async () => {
    const doc = await loading('<div id="content"><div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output"><h2>Ideas</h2></div></div></div></div>');
    const complete = articleComplete(doc);
    doc.querySelector('.mw-parser-output')!.append(doc.createElement('p'));
    expect(await settled(complete)).toBe(false);
    // The next element after the content's parent: the printed footer of the skin.
    const footer = doc.createElement('div');
    footer.className = 'printfooter';
    doc.getElementById('bodyContent')!.append(footer);
    expect(await settled(complete)).toBe(true);
  });

  it('keeps watching while the head is parsed, before the body begins', async () => {
    const doc = await loading('');
    doc.body.remove();
    const complete = articleComplete(doc);
    doc.head.append(doc.createElement('meta'));
    expect(await settled(complete)).toBe(false);
    const body = doc.createElement('body');
    body.innerHTML = '<div id="mw-content-text"><p>Text</p></div>';
    doc.documentElement.append(body);
    expect(await settled(complete)).toBe(false);
    body.append(doc.createElement('footer'));
    expect(await settled(complete)).toBe(true);
  });

  it('resolves at DOMContentLoaded on a page without a content element', async () => {
    const doc = await loading('<p>No skin here</p>');
    const complete = articleComplete(doc);
    doc.body.append(doc.createElement('p'));
    expect(await settled(complete)).toBe(false);
    doc.dispatchEvent(new doc.defaultView!.Event('DOMContentLoaded'));
    expect(await settled(complete)).toBe(true);
  });

  it('resolves at once when the content is complete already or the DOM is', async () => {
    const doc = await loading('<div id="mw-content-text"><p>Text</p></div><div id="catlinks"></div>');
    expect(await settled(articleComplete(doc))).toBe(true);
    const parsed = new JSDOM('<!doctype html><body><div id="mw-content-text"></div></body>').window.document;
    expect(await settled(articleComplete(parsed))).toBe(true);
  });
});
