// The CSV export: RFC 4180 (CRLF; quoted fields with comma, quote, CR or LF; doubled quotes), one row per idea.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '../../lib/export/csv';
import { sampleIdea } from './helpers/ideas';
import { sampleBookmark, sampleDraft } from './helpers/shortlist';

/** A strict RFC 4180 reader, to prove the output parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last line not ended by CRLF');
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [3, '3'],
  ])('%j -> %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  const tricky = sampleBookmark({
    rank: 1,
    progress: 'task-done',
    note: 'Mentor said: "start with the\r\nhypercall", then, later, the tests',
    idea: sampleIdea({
      key: 'CPU/RAM/PCI_diagram_tool',
      anchor: 'CPU.2FRAM.2FPCI_diagram_tool',
      title: 'CPU/RAM/PCI diagram tool, "lstopo" style',
      contacts: [{ name: 'Roger Pau Monné', email: 'roger@example.org' }, { name: 'Andrew Cooper', email: 'andrew@example.org' }],
      skills: { raw: null, tags: ['shell', 'Linux kernel'] },
    }),
  });
  const plain = sampleBookmark({ rank: 2, createdAt: '2025-03-04T09:00:00.000Z' });

  it('writes a header and one row per idea in rank order, CRLF line ends, with a BOM', () => {
    const csv = toCsv([plain, tricky], [sampleDraft(tricky, { text: 'one two three' })]);
    expect(csv.startsWith('\ufeffRank,Title,Link,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows[1]).toEqual([
      '1',
      'CPU/RAM/PCI diagram tool, "lstopo" style',
      'https://wiki.xenproject.org/wiki/Outreach_Program_Projects#CPU.2FRAM.2FPCI_diagram_tool',
      'Outreach Program Projects',
      'Medium',
      'shell, Linux kernel',
      'Roger Pau Monné; Andrew Cooper',
      'roger@example.org; andrew@example.org',
      'xen-devel@lists.xenproject.org',
      'Small task done',
      'Mentor said: "start with the\r\nhypercall", then, later, the tests',
      '3',
      '2025-03-01',
      '',
    ]);
    expect(rows[2].slice(0, 2)).toEqual(['2', 'PV grant table improvements']);
    expect(rows[2][11]).toBe(''); // no draft
  });

  it('quotes exactly the fields that need it', () => {
    const csv = toCsv([tricky]);
    expect(csv).toContain(',"CPU/RAM/PCI diagram tool, ""lstopo"" style",');
    expect(csv).toContain(',"Mentor said: ""start with the\r\nhypercall"", then, later, the tests",');
    expect(csv).toContain(',Outreach Program Projects,Medium,"shell, Linux kernel",');
  });

  it('an empty shortlist is just the header', () => {
    expect(toCsv([])).toBe(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});
