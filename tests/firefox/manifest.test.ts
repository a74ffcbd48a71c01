// The built Firefox manifest is what AMO and Firefox need: checked on the build the journeys run, with or
// without a Firefox on this machine. (`npm run lint:firefox` runs Mozilla's own linter over the same build.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../journeys/drivers/firefox';

type Manifest = {
  manifest_version: number;
  permissions: string[];
  background: { scripts?: string[] };
  sidebar_action?: { default_panel?: string };
  browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
};
const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('the Firefox manifest', () => {
  it('has a stable add-on id, so storage and the AMO listing survive updates', () => {
    expect(manifest.browser_specific_settings.gecko.id).toBe('idea-scout@xenproject-tools.org');
  });

  it('declares that no data is collected', () => {
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('may read the wiki (its API, when the person asks) over https, and no other site', () => {
    expect(manifest.permissions).toEqual(['unlimitedStorage', 'storage', 'https://wiki.xenproject.org/*', 'https://wiki.xen.org/*']);
  });

  it('wires the shortlist into the sidebar', () => {
    const panel = manifest.sidebar_action?.default_panel ?? '';
    expect(panel).toBe('sidepanel.html');
    expect(existsSync(join(FIREFOX_EXTENSION_DIR, panel))).toBe(true);
  });

  it('runs its background as a page with the extension origin (MV2), where the database lives', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background.scripts).toEqual(['background.js']);
  });
});
