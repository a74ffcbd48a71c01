// The ideas are found and counted: on both skins the wiki ships in, the panel names how many ideas the
// page holds and the wiki still shows every one of them.
import type { Journey } from './driver';
import { ALL_IDEAS, OUTREACH_URL, OUTREACH_URL_XEN_ORG, VECTOR_2010, VECTOR_2022 } from './outreach-page';
import { seesIdeas, seesText } from './sees';

export const findIdeas: Journey[] = [
  { skin: 'Vector, MediaWiki 1.31', url: OUTREACH_URL, fixture: VECTOR_2010 },
  { skin: 'Vector 2022, MediaWiki 1.44', url: OUTREACH_URL_XEN_ORG, fixture: VECTOR_2022 },
].map(({ skin, url, fixture }) => ({
  name: `finds and counts the 18 ideas (${skin})`,
  async run(driver) {
    await driver.openWiki(url, fixture);

    await seesText(driver, 'Idea Scout found 18 project ideas');
    await seesIdeas(driver, ALL_IDEAS);
  },
}));
