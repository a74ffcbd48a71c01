// Open review comments at a glance: each comment marked in place, a badge beside each idea's title with the
// count and the oldest comment's age, "needs info" flags, and the review queue with the page's summary line in
// the panel. The wiki deletes a comment once addressed, so every comment on the page is open.
import { useState } from 'preact/hooks';
import { reviewBadgesInto } from '../../../components/heading/review-badges';
import { reviewCommentMark } from '../../../components/review-comment-mark';
import commentMarkCss from '../../../components/review-comment-mark.css?inline';
import { ReviewQueue } from '../../../components/ReviewQueue';
import type { Idea } from '../../../lib/idea';
import { wikiPageUrl } from '../../../lib/page-id';
import { needsInfo, queueMarkdown, reviewQueue, summarize, summaryLine, type Needed } from '../../../lib/review';
import { plural } from '../../../lib/text';
import type { Feature, IdeasPage } from '../ideas-page';
import { COMMENT_ATTR } from '../page-visibility';
import { sharedStyles } from '../shadow-styles';
import { visitState } from './page-snapshot';
import { COMMENT_MARK_TAG, commentContainer, scrollToComment, scrollToIdea } from './review-scroll';
import { commentNews, type VisitState } from './since-last-visit-state';

export const reviewComments: Feature = {
  name: 'Open review comments',
  init(page) {
    const state = visitState(page);
    const needs = new Map(page.scan.ideas.map((idea) => [idea.key, needsInfo(idea)]));
    const styles = sharedStyles(commentMarkCss);
    page.addIdeaDecoration((idea) => markComments(page, state, styles, idea));

    page.addHeadingWidget({
      id: 'review-badges',
      order: 210,
      mount: (slot, idea) => reviewBadgesInto(slot, idea, needs.get(idea.key) ?? [], new Date()),
    });

    page.addPanelSection({ id: 'review', order: 310, Component: () => <ReviewSection page={page} needs={needs} /> });
  },
};

function ReviewSection({ page, needs }: { page: IdeasPage; needs: Map<string, Needed[]> }) {
  const { ideas } = page.scan;
  const entries = reviewQueue(ideas);
  const lacking = ideas.filter((idea) => needs.get(idea.key)?.length);
  const summary = summaryLine(summarize(ideas.map((idea) => ({ ...idea, needs: needs.get(idea.key) ?? [] }))));
  return (
    <section class="review" aria-labelledby="review-heading">
      <h3 id="review-heading">Review</h3>
      <p class="review-summary">{summary}</p>
      <ReviewQueue
        entries={entries}
        now={new Date()}
        headingLevel={4}
        hrefFor={(entry) => `#${entry.anchor}`}
        onOpen={(entry, event) => {
          event.preventDefault();
          scrollToComment(page, entry.ideaKey, entry.index);
        }}
        markdown={() => queueMarkdown(page.scan.page.title, entries, (entry) => wikiPageUrl(page.pageId, entry.anchor))}
      />
      {lacking.length > 0 && <NeedsInfo page={page} lacking={lacking} needs={needs} />}
    </section>
  );
}

/** The ideas that lack something a student needs, behind a disclosure; the list is built when it is opened. */
function NeedsInfo({ page, lacking, needs }: { page: IdeasPage; lacking: Idea[]; needs: Map<string, Needed[]> }) {
  // On a long page hundreds of ideas may lack something: listing them all at load, folded away, cost a long task.
  const [open, setOpen] = useState(false);
  return (
    <details class="needs-info" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {plural(lacking.length, 'idea')} {lacking.length === 1 ? 'needs' : 'need'} info
      </summary>
      {open && (
        <ul>
          {lacking.map((idea) => (
            <li key={idea.key}>
              <a
                href={`#${idea.anchor}`}
                onClick={(event) => {
                  event.preventDefault();
                  scrollToIdea(page, idea.key);
                }}
              >
                {idea.title}
              </a>
              : missing {needs.get(idea.key)!.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * Marks the idea's comments in place: an outline around the comment (COMMENT_ATTR, whose rule is in the page
 * stylesheet; removed when the extension goes) and, right after its icon, an inserted element of ours holding
 * the mark. The wiki's text is untouched.
 */
function markComments(page: IdeasPage, state: VisitState, styles: (shadow: ShadowRoot) => void, idea: Idea) {
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

    const show = () => mark.show(commentNews(state.get(), idea.key, comment));
    show();
    const stop = state.subscribe(show);
    page.ctx.onInvalidated(() => {
      stop();
      host.remove();
      container.removeAttribute(COMMENT_ATTR);
    });
  });
}
