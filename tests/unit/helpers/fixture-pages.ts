// The saved wiki pages as jsdom documents, for tests of what is computed from a parsed page.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parsePage } from '../../../lib/parse/index';

export const FIXTURE_URL = 'https://wiki.xenproject.org/wiki/Outreach_Program_Projects';

/** A file of tests/fixtures (or tests/fixtures/variants/…) as a document at `url`. */
export function loadFixturePage(name: string, url = FIXTURE_URL): Document {
  return new JSDOM(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'), { url }).window.document;
}

export function parseFixture(name: string, url = FIXTURE_URL) {
  return parsePage(loadFixturePage(name, url), url);
}
