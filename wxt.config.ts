import { defineConfig } from 'wxt';

export default defineConfig({
  manifestVersion: undefined,
  manifest: ({ browser }) => ({
    name: 'Idea Scout',
    description:
      "Filter, bookmark and review the Xen Project wiki's mentoring project ideas, right in the page.",
    // storage: change notification across tabs (see lib/rpc/changes.ts).
    permissions: ['unlimitedStorage', 'storage'],
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
