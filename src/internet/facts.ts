// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import type { AreaSpec } from '../core/rules/types.js';
import { tri, one as e } from '../core/facts.js';
import { activities } from './schema.js';


/** The facts children's internet rules may use. */
export const internetArea: AreaSpec = {
  id: 'internet',
  facts: {
    deviceOwner: e(['setting', 'personal', 'child'], 'Who owns the device.'),
    supervision: e(['adult-sitting-with', 'adult-in-room', 'none'], 'How the child is supervised.'),
    activity: e(activities, 'What the child does online.'),
    writtenParentalPermission: tri('Written parental permission is recorded.'),
    inAreaVisibleToStaff: tri('The device is in an area clearly visible to staff.'),
    contentChecked: tri('Staff checked the content first.'),
    filteringActive: tri('Age-appropriate filtering is active.'),
    secondHandDevice: tri('The device was bought second hand or donated.'),
    secondHandDeviceChecked: tri('The manager checked the second-hand device.'),
    plannedCurriculumActivity: tri('Part of a planned curriculum activity.'),
    searchSupervision: e(['adult-sitting-with', 'supervised', 'never'], 'Policy: how children search.'),
    contentCheck: e(['required', 'encouraged'], 'Policy: staff checking content.'),
    childEmail: e(['forbidden', 'allowed'], 'Policy: children using email.'),
  },
};
