import { defineConfig } from 'wxt';

// The only hosts the extension touches: the Xen Project wiki under both of its names.
export const WIKI_HOSTS = ['wiki.xenproject.org', 'wiki.xen.org'];

export default defineConfig({
  manifestVersion: undefined,
  manifest: ({ browser }) => ({
    name: 'Idea Scout',
    description:
      "Filter, bookmark and review the Xen Project wiki's mentoring project ideas, right in the page.",
    permissions: ['unlimitedStorage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'idea-scout@xenproject-tools.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Chrome refuses content scripts holding some non-ASCII literals (see toolchain notes).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
