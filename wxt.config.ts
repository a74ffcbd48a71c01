import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { IDEAS_PAGE_ENTRYPOINT, IDEAS_PAGE_MODULE } from './entrypoints/content/ideas-page-module';
import { FUSE_MODULE } from './entrypoints/content/page/fuse-module';

/** The parser's sources as one digest: kept scans of pages are reused only by the parser that made them. */
function parserVersion(): string {
  const root = new URL('./lib/', import.meta.url);
  const files = ['idea.ts', ...readdirSync(new URL('parse/', root)).sort().map((name) => `parse/${name}`)];
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(new URL(file, root)));
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  manifestVersion: undefined,
  manifest: ({ browser }) => ({
    name: 'Idea Scout',
    description:
      "Filter, bookmark and review the Xen Project wiki's mentoring project ideas, right in the page.",
    // storage: change notification across tabs (see lib/rpc/changes.ts). unlimitedStorage: drafts live in the
    // extension's IndexedDB, and the browser never evicts an origin with unlimited storage to free disk space
    // (see docs/security.md).
    permissions: ['unlimitedStorage', 'storage'],
    // The wiki's API, read from the dashboard when the person asks ("All ideas pages"). The content script runs on
    // these hosts already, so the install warning stays the same; https only, as the API is read over https.
    host_permissions: ['https://wiki.xenproject.org/*', 'https://wiki.xen.org/*'],
    // Modules the content script imports on demand: the ideas page's code, where a page has ideas
    // (entrypoints/content/index.ts), and fuse.js, when the search is first used (entrypoints/content/page/load-fuse.ts).
    // A dynamic URL (Chrome) keeps the wiki from telling by these files whether Idea Scout is installed.
    web_accessible_resources: [
      {
        resources: [IDEAS_PAGE_MODULE, FUSE_MODULE],
        matches: ['https://wiki.xenproject.org/*', 'https://wiki.xen.org/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          // Store-ready (AMO): a stable id, and the data collection declaration AMO requires of new add-ons
          // (nothing is collected: everything stays in the browser). Firefox supports that key from 140 on
          // desktop and 142 on Android; older versions would ignore it, and `web-ext lint` warns.
          browser_specific_settings: {
            gecko: {
              id: 'idea-scout@xenproject-tools.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run dev`: the browser opens on the ideas page. Chromium refuses to start as root without --no-sandbox.
  webExt: {
    startUrls: ['https://wiki.xenproject.org/wiki/Outreach_Program_Projects'],
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    // fuse.js's own minified module (the package's `fuse.js/min-basic` export), as it ships.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: fileURLToPath(new URL('./node_modules/fuse.js/dist/fuse.basic.min.mjs', import.meta.url)), relativeDest: FUSE_MODULE });
    },
    // The ideas page's code as an ES module the content script can import(), where WXT builds unlisted scripts as
    // classic scripts (IIFE, with a footer naming the IIFE's result for scripting.executeScript). One file, minified
    // as the content script is (Vite keeps the whitespace and annotations of ES libraries).
    'vite:build:extendConfig': ([entrypoint], config) => {
      if (entrypoint.name !== IDEAS_PAGE_ENTRYPOINT || !config.build?.lib) return;
      config.build.lib.formats = ['es'];
      config.build.rolldownOptions = { ...config.build.rolldownOptions, output: { ...config.build.rolldownOptions?.output, minify: true, comments: false, codeSplitting: false } };
      config.plugins = config.plugins?.filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'wxt:iife-footer'));
    },
  },
  vite: () => ({
    define: { __PARSER_VERSION__: JSON.stringify(parserVersion()) },
    // Chrome refuses content scripts holding some non-ASCII literals (see toolchain notes).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
