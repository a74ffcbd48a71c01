import { describe, expect, it } from 'vitest';
import { pageIdFromUrl, wikiPageUrl } from '../../lib/page-id';

const ID = 'Outreach_Program_Projects';

describe('pageIdFromUrl', () => {
  it.each([
    'https://wiki.xenproject.org/wiki/Outreach_Program_Projects',
    'https://wiki.xen.org/wiki/Outreach_Program_Projects',
    'http://wiki.xenproject.org/wiki/Outreach_Program_Projects',
    'https://wiki.xenproject.org/index.php?title=Outreach_Program_Projects',
    'https://wiki.xenproject.org/index.php?title=Outreach+Program+Projects&action=view',
    'https://wiki.xenproject.org/index.php?oldid=12345&title=Outreach_Program_Projects',
    'https://wiki.xenproject.org/index.php/Outreach_Program_Projects',
    'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#Hypervisor',
    'https://wiki.xenproject.org/wiki/Outreach%20Program%20Projects',
    'https://wiki.xenproject.org/wiki/Outreach%5FProgram_Projects',
    'https://wiki.xenproject.org/wiki/Outreach Program Projects',
    'https://WIKI.XEN.ORG/wiki/Outreach__Program_Projects_',
    'https://wiki.xenproject.org/wiki/outreach_Program_Projects',
    'https://wiki.xenproject.org:443/wiki/Outreach_Program_Projects',
  ])('%s is the outreach page', (url) => {
    expect(pageIdFromUrl(url)).toBe(ID);
  });

  it('keeps what tells pages apart: case after the first letter, subpages, plus signs in paths', () => {
    expect(pageIdFromUrl('https://wiki.xenproject.org/wiki/Outreach_program_projects')).toBe('Outreach_program_projects');
    expect(pageIdFromUrl('https://wiki.xenproject.org/wiki/Outreach_Program_Projects/Archive')).toBe(
      'Outreach_Program_Projects/Archive',
    );
    expect(pageIdFromUrl('https://wiki.xenproject.org/wiki/C%2B%2B_tips')).toBe('C++_tips');
    expect(pageIdFromUrl('https://wiki.xenproject.org/wiki/C++_tips')).toBe('C++_tips');
  });

  it('decodes percent-encoded UTF-8 and normalises it', () => {
    expect(pageIdFromUrl('https://wiki.xen.org/wiki/%C3%A9t%C3%A9_projects')).toBe('\u00c9t\u00e9_projects');
    // "e" + combining acute is the same title as the precomposed letter.
    expect(pageIdFromUrl('https://wiki.xen.org/wiki/Caf%65%CC%81')).toBe('Caf\u00e9');
  });

  it.each([
    'https://example.org/wiki/Outreach_Program_Projects',
    'https://wiki.xenproject.org.evil.test/wiki/Outreach_Program_Projects',
    'ftp://wiki.xenproject.org/wiki/Outreach_Program_Projects',
    'https://wiki.xenproject.org/',
    'https://wiki.xenproject.org/wiki/',
    'https://wiki.xenproject.org/wiki/___',
    'https://wiki.xenproject.org/index.php',
    'https://wiki.xenproject.org/index.php?curid=42',
    'https://wiki.xenproject.org/load.php?modules=site',
    'https://wiki.xenproject.org/wiki/%E0%A4%A',
    'not a url',
    '',
  ])('%s is not a wiki page', (url) => {
    expect(pageIdFromUrl(url)).toBeNull();
  });
});

describe('wikiPageUrl', () => {
  it('links to the canonical host in /wiki/ form', () => {
    expect(wikiPageUrl(ID)).toBe('https://wiki.xenproject.org/wiki/Outreach_Program_Projects');
    expect(wikiPageUrl(ID, 'PV_grant_table')).toBe(
      'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#PV_grant_table',
    );
  });

  it('encodes what a URL cannot hold and keeps readable what MediaWiki keeps readable', () => {
    expect(wikiPageUrl('Xen_4.19:_What?/Notes')).toBe('https://wiki.xenproject.org/wiki/Xen_4.19:_What%3F/Notes');
    expect(wikiPageUrl(ID, 'A_%_(b)#c')).toBe(
      'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#A_%25_(b)%23c',
    );
  });

  it.each([ID, 'C++_tips', '\u00c9t\u00e9_projects', 'Xen_4.19:_What?/Notes', 'Hash%_100%'])(
    'round-trips %s through pageIdFromUrl',
    (pageId) => {
      expect(pageIdFromUrl(wikiPageUrl(pageId, 'some-anchor'))).toBe(pageId);
    },
  );
});
