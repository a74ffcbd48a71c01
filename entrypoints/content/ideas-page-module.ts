// Where the build puts the ideas page's code (the unlisted script entrypoints/ideas-page, built as an ES module by
// wxt.config.ts) and the content script imports it from. A web-accessible resource, as fuse.js is.
export const IDEAS_PAGE_ENTRYPOINT = 'ideas-page';
export const IDEAS_PAGE_MODULE = `${IDEAS_PAGE_ENTRYPOINT}.js`;
