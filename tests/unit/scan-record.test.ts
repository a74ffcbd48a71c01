// A page scanned once, kept as a record and placed again in the same document, gives the very same scan; a
// document that differs from the record gives null (and the content script parses as usual).
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/parse/index';
import { scanFromRecord, scanRecord, type ScanRecord } from '../../lib/parse/scan-record';
import { FIXTURE_URL, loadFixturePage } from './helpers/fixture-pages';

const FIXTURES = [
  'outreach-vector-mw1.31.html',
  'outreach-vector-mw1.31.rev2.html',
  'outreach-vector2022-mw1.44.html',
  'variants/monobook-dl-h3.html',
  'variants/paragraphs-h3.html',
];

/** The record as storage gives it back: plain data, no shared objects. */
const stored = (record: ScanRecord) => JSON.parse(JSON.stringify(record)) as ScanRecord;

describe('scan records', () => {
  it.each(FIXTURES)('%s: the record placed again gives the same scan, node for node', (name) => {
    const doc = loadFixturePage(name);
    const scan = scanPage(doc, FIXTURE_URL);
    const reused = scanFromRecord(doc, FIXTURE_URL, stored(scanRecord(scan)));
    expect(reused).not.toBeNull();
    expect(reused!.page).toEqual(scan.page);
    expect(reused!.ideas).toEqual(scan.ideas);
    expect(reused!.warnings).toEqual(scan.warnings);
    expect(reused!.ideasStart).toBe(scan.ideasStart);
    expect(reused!.headings).toEqual(scan.headings);
    expect(reused!.groups.map((g) => [g.heading, g.keys])).toEqual(scan.groups.map((g) => [g.heading, g.keys]));
    expect([...reused!.nodes.keys()]).toEqual([...scan.nodes.keys()]);
    for (const [key, nodes] of scan.nodes) {
      const again = reused!.nodes.get(key)!;
      expect(again.heading).toBe(nodes.heading);
      expect(again.blocks).toHaveLength(nodes.blocks.length);
      nodes.blocks.forEach((block, i) => expect(again.blocks[i]).toBe(block));
      expect(again.comments).toHaveLength(nodes.comments.length);
      nodes.comments.forEach((comment, i) => {
        expect(again.comments[i].icon).toBe(comment.icon);
        expect({ ...again.comments[i], icon: null }).toEqual({ ...comment, icon: null });
      });
    }
  });

  it('the fixtures hold comments, so icons are really placed', () => {
    const doc = loadFixturePage('outreach-vector-mw1.31.html');
    expect(scanPage(doc, FIXTURE_URL).ideas.flatMap((idea) => idea.comments).length).toBeGreaterThanOrEqual(3);
  });

  describe('a document that differs gives null', () => {
    const recorded = () => {
      const doc = loadFixturePage('outreach-vector-mw1.31.html');
      return { doc, record: stored(scanRecord(scanPage(doc, FIXTURE_URL))) };
    };

    it('a heading renamed', () => {
      const { doc, record } = recorded();
      doc.querySelector('.mw-parser-output h3 .mw-headline, #mw-content-text h3 .mw-headline')!.textContent = 'Renamed idea';
      expect(scanFromRecord(doc, FIXTURE_URL, record)).toBeNull();
    });
    it('a heading added', () => {
      const { doc, record } = recorded();
      const h2 = doc.createElement('h2');
      h2.textContent = 'A new section';
      doc.querySelector('#mw-content-text > .mw-parser-output')!.append(h2);
      expect(scanFromRecord(doc, FIXTURE_URL, record)).toBeNull();
    });
    it('a review comment removed', () => {
      const { doc, record } = recorded();
      const icon = doc.querySelector('img[alt*="Pictogram voting comment"], img[src*="Pictogram_voting_comment"]')!;
      (icon.closest('a') ?? icon).remove();
      expect(scanFromRecord(doc, FIXTURE_URL, record)).toBeNull();
    });
    it('an anchor changed', () => {
      const { doc, record } = recorded();
      const idea = record.ideas[0];
      doc.getElementById(idea.anchor)!.id = 'elsewhere';
      expect(scanFromRecord(doc, FIXTURE_URL, record)).toBeNull();
    });
    it('another page', () => {
      const { doc, record } = recorded();
      expect(scanFromRecord(doc, FIXTURE_URL, { ...record, page: { ...record.page, url: 'https://wiki.xenproject.org/wiki/Other' } })).toBeNull();
    });
  });
});
