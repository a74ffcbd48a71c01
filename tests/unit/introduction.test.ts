// The page's own advice before its ideas, read for the mail subject tag: the introduction's text, not the TOC's.
import { describe, expect, it } from 'vitest';
import { findSubjectTag } from '../../lib/draft-template';
import { scanPage } from '../../lib/parse/index';
import { introductionText } from '../../lib/parse/introduction';
import { FIXTURE_URL, loadFixturePage } from './helpers/fixture-pages';

describe('introductionText', () => {
  it.each(['outreach-vector-mw1.31.html', 'outreach-vector2022-mw1.44.html'])('%s: the advice before the ideas, without the table of contents', (name) => {
    const doc = loadFixturePage(name);
    const text = introductionText(doc, scanPage(doc, FIXTURE_URL).ideasStart);
    expect(findSubjectTag(text)).toBe('OPW 2014');
    // Idea titles appear in the TOC only, before the ideas start.
    expect(text).not.toContain('Fuzz testing Xen with Mirage');
    expect(text).not.toContain('Outreach Program Project Ideas');
  });
});
