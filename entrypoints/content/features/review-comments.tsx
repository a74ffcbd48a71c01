// Open review comments at a glance: each comment marked in place, a badge beside each idea's title with the count
// and the oldest comment's age, "needs info" flags, and in the panel one line with the page's counts that unfolds
// into the review queue and the ideas that need info. The wiki deletes a comment once addressed, so every comment
// on the page is open.
import { reviewBadgesInto } from '../../../components/heading/review-badges';
import { ReviewSection } from '../../../components/ReviewSection';
import { reviewCommentMark } from '../../../components/review-comment-mark';
import commentMarkCss from '../../../components/review-comment-mark.css?inline';
import type { Idea } from '../../../lib/idea';
import { wikiPageUrl } from '../../../lib/page-id';
import { needsInfo, queueMarkdown, reviewQueue, summarize, summaryLine } from '../../../lib/review';
import type { Feature, IdeasPage } from '../page';
import { COMMENT_ATTR } from '../page/page-stylesheet';
import { COMMENT_MARK_TAG, commentContainer, scrollToComment, scrollToIdea } from '../page/scroll-to';
import { useFold } from '../page/section-folds';
import { sharedStyles } from '../page/shadow-styles';
import { commentNews } from '../page/visit-state';

export const reviewComments: Feature = {
  name: 'Open review comments',
  init(page) {
    const { ideas } = page.scan;
    const needs = new Map(ideas.map((idea) => [idea.key, needsInfo(idea)]));
    const styles = sharedStyles(commentMarkCss);
    page.headingTools.addDecoration((idea) => markComments(page, styles, idea));
    page.headingTools.addWidget({
      id: 'review-badges',
      order: 210,
      mount: (slot, idea) => reviewBadgesInto(slot, idea, needs.get(idea.key) ?? [], new Date()),
    });

    const summary = summaryLine(summarize(ideas.map((idea) => ({ ...idea, needs: needs.get(idea.key) ?? [] }))));
    page.addPanelSection({
      id: 'review',
      order: 310,
      Component: () => {
        const [open, setOpen] = useFold(page.folds, 'review');
        return (
          <ReviewSection
            summary={summary}
            open={open}
            onToggle={setOpen}
            queue={() => {
              const entries = reviewQueue(ideas);
              return {
                entries,
                now: new Date(),
                hrefFor: (entry) => `#${entry.anchor}`,
                onOpen: (entry, event) => {
                  event.preventDefault();
                  scrollToComment(page, entry.ideaKey, entry.index);
                },
                markdown: () => queueMarkdown(page.scan.page.title, entries, (entry) => wikiPageUrl(page.pageId, entry.anchor)),
              };
            }}
            lacking={() =>
              ideas.flatMap((idea) => {
                const missing = needs.get(idea.key)!;
                return missing.length ? [{ key: idea.key, anchor: idea.anchor, title: idea.title, missing }] : [];
              })
            }
            onOpenIdea={(key) => scrollToIdea(page, key)}
          />
        );
      },
    });
  },
};

/**
 * Marks the idea's comments in place: an outline around the comment (COMMENT_ATTR, whose rule is in the page
 * stylesheet; removed when the extension goes) and, right after its icon, an inserted element of ours holding the
 * mark. The wiki's text is untouched.
 */
function markComments(page: IdeasPage, styles: (shadow: ShadowRoot) => void, idea: Idea) {
  const comments = page.scan.nodes.get(idea.key)?.comments ?? [];
  comments.forEach((raw, index) => {
    const comment = idea.comments[index];
    if (!comment) return;
    const host = document.createElement(COMMENT_MARK_TAG);
    host.dataset.ideaKey = idea.key;
    const shadow = host.attachShadow({ mode: 'open' });
    const mark = reviewCommentMark(comment);
    shadow.append(mark.element);
    styles(shadow);
    raw.icon.after(host);

    const container = commentContainer(raw.icon);
    container.setAttribute(COMMENT_ATTR, '');

    const show = () => mark.show(commentNews(page.visits.get(), idea.key, comment));
    show();
    const stop = page.visits.subscribe(show);
    page.ctx.onInvalidated(() => {
      stop();
      host.remove();
      container.removeAttribute(COMMENT_ATTR);
    });
  });
}
