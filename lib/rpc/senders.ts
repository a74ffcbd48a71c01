// Who may send which message. Content scripts are less trusted than the extension's own pages: a wiki page whose
// renderer an attacker controls runs in the same tab, so a content script asks only for what its page needs,
// and only about its own page. Pure: the background passes in the sender and its own base URL.
import { isCurrentView, pageIdFromUrl } from '../page-id';

/**
 * The kinds of sender a message may declare:
 * - `extension-pages`: Idea Scout's own pages (dashboard, side panel, popup), whose URL is under the extension's.
 * - `wiki-page`: the content script on an https page of the wiki, asking about that page only.
 */
export type SenderKind = 'extension-pages' | 'wiki-page';

/** Who may send a message, as its protocol entry declares it. */
export interface SenderDeclaration {
  /** Who may send the message; nobody when empty or left out. */
  from?: readonly SenderKind[];
  /**
   * The message changes no stored data, so a wiki page may send it from any view of the page. Any other message
   * is refused from an old revision, a diff or an edit preview.
   */
  readOnly?: boolean;
}

export interface SenderRule extends SenderDeclaration {
  /** The payload names a page (`pageId`): a wiki page must name itself. Derived from the payload's fields. */
  pageScoped: boolean;
}

/** What the background knows about a message's sender (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Which kind of sender this is, or null when it is neither of ours. */
export function senderKind(sender: Sender, extensionBase: string): SenderKind | null {
  const url = sender.url ?? '';
  if (url.startsWith(extensionBase)) return 'extension-pages';
  if (sender.tab !== undefined && url.startsWith('https://') && pageIdFromUrl(url) !== null) return 'wiki-page';
  return null;
}

/**
 * Null when `sender` may send the message, else the reason it is refused (meant to be shown). `payload` is the
 * validated payload: a wiki page names its own page in `pageId` (an optional pageId too: leaving it out would
 * reach every page's data).
 */
export function refusal(type: string, rule: SenderRule, sender: Sender, payload: object, extensionBase: string): string | null {
  const kind = senderKind(sender, extensionBase);
  const from = rule.from ?? [];
  if (!kind || !from.includes(kind)) {
    const who = kind === 'wiki-page' ? 'a wiki page' : kind === 'extension-pages' ? "Idea Scout's own pages" : 'this sender';
    const allowed = from.length ? from.map(describeKind).join(' and ') : 'nobody (the message declares no sender)';
    return `Message refused: "${type}" may be sent by ${allowed}, not by ${who}.`;
  }
  if (kind === 'wiki-page') {
    const own = pageIdFromUrl(sender.url!);
    const { pageId } = payload as { pageId?: string };
    if (rule.pageScoped && pageId !== own) {
      return `Message refused: a wiki page may ask "${type}" only about itself (${own}), not about ${pageId ?? 'every page'}.`;
    }
    if (!rule.readOnly && !isCurrentView(sender.url!)) {
      return `Message refused: "${type}" changes stored data, and this view (an old revision, a diff or an edit) is not the page as it is now.`;
    }
  }
  return null;
}

function describeKind(kind: SenderKind): string {
  return kind === 'wiki-page' ? 'a wiki page (about itself)' : "Idea Scout's own pages";
}
