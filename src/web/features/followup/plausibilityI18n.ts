import i18n from '../../i18n';
import { plausibilityMessages } from '../../../server/modules/followup/plausibility';

// The plausibility texts live with the rules (the field app and the server use the same ones); they are
// added to the office app's translations when a follow-up page first loads, keeping them out of start-up.
for (const lng of ['id', 'en'] as const) i18n.addResources(lng, 'translation', plausibilityMessages(lng));

/** Imported for its effect: the `followup.check.*` messages are registered. */
export const PLAUSIBILITY_MESSAGES_READY = true;
