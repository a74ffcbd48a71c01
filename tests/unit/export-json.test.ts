// The JSON export: everything in the versioned envelope, valid against its own schema and read back by import.
import { describe, expect, it } from 'vitest';
import { ExportEnvelope, EXPORT_VERSION, toJson } from '../../lib/export/json';
import { parseImport } from '../../lib/import';
import { sampleBookmark, sampleDraft, sampleVersion } from './helpers/shortlist';

describe('toJson', () => {
  const bookmark = sampleBookmark({ note: 'Ask about "v3"', progress: 'applied', missingSince: '2025-04-01T00:00:00.000Z' });
  const draft = sampleDraft(bookmark, { text: 'Über-draft — with “quotes” and\nnew lines' });
  const versions = [sampleVersion(draft, { id: 'a', text: 'older' }), sampleVersion(draft, { id: 'b' })];
  const data = { bookmarks: [bookmark], drafts: [draft], draftVersions: versions };

  it('wraps the data in the envelope: format, version, exportedAt', () => {
    const json = toJson(data, '2025-04-02T10:00:00.000Z');
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'bookmarks', 'drafts', 'draftVersions']);
    expect(parsed).toMatchObject({ format: 'idea-scout', version: EXPORT_VERSION, exportedAt: '2025-04-02T10:00:00.000Z' });
    expect(ExportEnvelope.safeParse(parsed).success).toBe(true);
    expect(json.endsWith('\n')).toBe(true);
  });

  it('round-trips through import unchanged, drafts and history included', () => {
    const back = parseImport(toJson(data, '2025-04-02T10:00:00.000Z'));
    expect(back).toEqual({ ok: true, data, exportedAt: '2025-04-02T10:00:00.000Z' });
  });
});
