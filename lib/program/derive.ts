// Everything the "All ideas pages" view shows that is computed from the page copies: the catalogue, the
// program-wide review, the ideas to confirm, the ideas to search. As steps, so the dashboard computes it in slices
// and stays responsive with 1,500 ideas. Pure.
import type { Idea } from '../idea';
import { needsInfo, reviewQueue, summarize, summaryLine, type Needed, type ReviewEntry } from '../review';
import { runAtOnce } from '../slices';
import { catalogueSteps, type Catalogue } from './catalogue';
import { checkIns, type CheckIn } from './check-in';
import type { PageCopy } from './page-copy';

export interface ProgramReviewData {
  /** Every open comment of the pages counted, oldest first; relisted ideas count on each page. */
  entries: ReviewEntry[];
  /** "4 open review comments on 4 ideas · 12 ideas need info". */
  summary: string;
  lacking: Array<{ key: string; title: string; needs: Needed[] }>;
  /** Each idea copy's link, by its program id. */
  urlOf: Map<string, string>;
}

export interface ProgramData {
  catalogue: Catalogue;
  review: ProgramReviewData;
  checkIns: CheckIn[];
  /** The catalogue's ideas as the search and the filters take them: keyed by their program ids. */
  searchIdeas: Idea[];
}

export function deriveProgram(copies: readonly PageCopy[], options: { includeArchived: boolean; now: Date }): ProgramData {
  return runAtOnce(deriveSteps(copies, options));
}

export function* deriveSteps(copies: readonly PageCopy[], { includeArchived, now }: { includeArchived: boolean; now: Date }): Generator<void, ProgramData> {
  const catalogue = yield* catalogueSteps(copies, { includeArchived });
  const reviewed = [];
  for (const [index, entry] of catalogue.copies.entries()) {
    if (index % 200 === 199) yield;
    reviewed.push({
      key: entry.id,
      // The queue names each idea with its page: the same title can be open on two pages.
      title: `${entry.idea.title} (${entry.pageTitle})`,
      anchor: entry.idea.anchor,
      comments: entry.idea.comments,
      needs: needsInfo(entry.idea),
    });
  }
  yield;
  const review: ProgramReviewData = {
    entries: reviewQueue(reviewed),
    summary: summaryLine(summarize(reviewed)),
    lacking: reviewed.filter((idea) => idea.needs.length),
    urlOf: new Map(catalogue.copies.map((entry) => [entry.id, entry.url])),
  };
  yield;
  const checkInGroups = checkIns(catalogue.ideas, now);
  yield;
  const searchIdeas = catalogue.ideas.map((entry) => ({ ...entry.idea, key: entry.id }));
  return { catalogue, review, checkIns: checkInGroups, searchIdeas };
}
