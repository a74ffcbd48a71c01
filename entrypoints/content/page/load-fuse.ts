// fuse.js is loaded when the search is first prepared (the search box takes focus, or the page opens with a query),
// not with the content script: it would be a fifth of the script, compiled on every wiki page view, and most views
// search nothing. The module is the package's own minified build, copied into the extension by wxt.config.ts.
import { browser } from 'wxt/browser';
import type { FuseClass } from '../../../lib/search';
import { FUSE_MODULE } from './fuse-module';

export async function loadFuse(): Promise<FuseClass> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/${FUSE_MODULE}`);
  const module = (await import(/* @vite-ignore */ url)) as { default: FuseClass };
  return module.default;
}
