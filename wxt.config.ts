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
  vite: () => ({
    // Chrome refuses content scripts holding some non-ASCII literals (see toolchain notes).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
