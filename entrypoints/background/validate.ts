// Checks of a request that its schema cannot express.
import { pageIdFromUrl } from '../../lib/page-id';
import { RequestError } from './errors';

/** The page id must be the page the URL shows, or the same idea could be stored under two ids. */
export function checkPageUrl(type: string, pageId: string, pageUrl: string): void {
  if (pageIdFromUrl(pageUrl) !== pageId) {
    throw new RequestError(`Invalid "${type}" message: pageUrl ${pageUrl} is not the wiki page ${pageId}.`);
  }
}
