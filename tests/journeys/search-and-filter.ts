// Narrowing the list: a search with a typo, a difficulty, a skill, and both together change which ideas
// the wiki page shows and what the panel's status says; "Clear filters" brings every idea back.
import type { Journey } from './driver';
import {
  ALL_IDEAS,
  C_AND_MEDIUM_IDEAS,
  C_IDEAS,
  EASY_IDEAS,
  OCAML_IDEAS,
  OUTREACH_URL,
  VECTOR_2010,
  showing,
} from './outreach-page';
import { seesIdeas, seesPressed, seesStatus } from './sees';
import { SEARCH_IDEAS, clearFilters, difficulty, skill } from './ui';

export const searchAndFilter: Journey = {
  name: 'search with a typo, a difficulty and a skill filter narrow the ideas shown',
  async run(driver) {
    await driver.openWiki(OUTREACH_URL, VECTOR_2010);
    await seesStatus(driver, showing(18));

    // "ocmal" is a typo for OCaml: the Mirage OS ideas, and the one idea whose description names OCaml.
    await driver.type(SEARCH_IDEAS, 'ocmal');
    await seesIdeas(driver, OCAML_IDEAS);
    await seesStatus(driver, showing(OCAML_IDEAS.length));

    // Escape in the search box clears it.
    await driver.press('Escape');
    await seesIdeas(driver, ALL_IDEAS);
    await seesStatus(driver, showing(18));

    await driver.click(difficulty('Easy'));
    await seesPressed(driver, difficulty('Easy'));
    await seesIdeas(driver, EASY_IDEAS);
    await seesStatus(driver, showing(EASY_IDEAS.length));

    await driver.click(clearFilters);
    await seesPressed(driver, difficulty('Easy'), false);
    await seesIdeas(driver, ALL_IDEAS);

    // Skill C alone, then C and Medium ("Medium-High" counts as Medium).
    await driver.click(skill('C', C_IDEAS.length));
    await seesIdeas(driver, C_IDEAS);
    await seesStatus(driver, showing(C_IDEAS.length));
    await driver.click(difficulty('Medium'));
    await seesIdeas(driver, C_AND_MEDIUM_IDEAS);
    await seesStatus(driver, showing(C_AND_MEDIUM_IDEAS.length));

    await driver.click(clearFilters);
    await seesIdeas(driver, ALL_IDEAS);
    await seesStatus(driver, showing(18));
    await seesPressed(driver, skill('C'), false);
    await seesPressed(driver, difficulty('Medium'), false);
  },
};
