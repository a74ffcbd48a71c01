// Mentors: each idea with an open review comment gets a badge, and the page gets a summary line.
import type { Journey } from './driver';
import { IDEAS_WITH_REVIEW_COMMENTS, OUTREACH_URL, VECTOR_2010 } from './outreach-page';
import { seesText, seesTextTimes } from './sees';

export const reviewBadges: Journey = {
  name: 'review badges and the summary line appear',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);

    // One comment on each of three ideas: three badges, each with the age of the comment ("date unknown" when
    // the signature has no date, as on the OVMF idea).
    await seesTextTimes(
      driver,
      /^1 open review comment · oldest: (\d+ (years?|months?|days?)|less than a day|date unknown)$/,
      IDEAS_WITH_REVIEW_COMMENTS.length,
    );
    // How many ideas need info depends on the rules in lib/review.ts (unit-tested there); the line is the point here.
    await seesText(driver, /^3 open review comments on 3 ideas · \d+ ideas? needs? info$/);
  },
};
