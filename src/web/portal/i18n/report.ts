import { plausibilityMessages } from '../../../server/modules/followup/plausibility';
import { nestKeys } from '../lib/report';
import { mergeDictionaries } from '../lib/translate';
import { addTexts } from '.';
import en from './report.en.json';
import id from './report.id.json';

/**
 * The self-report screen's texts, in its own chunk: most owners never open that screen, so its words
 * (and the plausibility messages shared with the server) stay out of the portal's first download.
 * Importing this module registers them.
 */
export const reportTexts = {
  id: mergeDictionaries(id, nestKeys(plausibilityMessages('id'))),
  en: mergeDictionaries(en, nestKeys(plausibilityMessages('en'))),
};
addTexts(reportTexts);
