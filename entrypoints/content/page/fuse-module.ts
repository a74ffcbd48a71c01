// Where the build puts fuse.js in the extension (wxt.config.ts) and the content script imports it from
// (load-fuse.ts). A web-accessible resource: the content script's import is made on the page's behalf.
export const FUSE_MODULE = 'fuse.basic.min.mjs';
