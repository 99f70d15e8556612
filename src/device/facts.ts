// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import type { AreaSpec } from '../core/rules/types.js';
import { b, tri, one } from '../core/facts.js';
import { deviceKinds, tripKinds } from './schema.js';


/** The facts device rules may use, once per device and trip. */
export const deviceArea: AreaSpec = {
  id: 'device',
  facts: {
    owner: one(['setting', 'personal'], 'Who owns the device.'),
    kind: one(deviceKinds, 'What kind of device it is.'),
    deviceRole: one(['outings-phone', 'general'], 'A setting phone kept for outings, or any other device.'),
    tripKind: one(tripKinds, 'Why it leaves the premises.'),
    encrypted: tri('The device is encrypted.'),
    holdsChildData: tri('It holds sensitive information or photographs of children.'),
    holdsSensitiveData: tri('It holds sensitive information.'),
    empty: tri('All data has been transferred off it or deleted (no sensitive data, no photos).'),
    passwordProtected: tri('Password protected, with a locking screen saver.'),
    returnsToSetting: tri('It comes back to the setting at the end of the trip.'),
    visitException: b('Policy and trip allow an unencrypted camera or tablet on a visit: unnamed photos only, no sensitive data, brought back at the end.'),
    carrierAuthorised: b('The person taking it is one of its authorised users.'),
    personalUse: b('It will be used for personal purposes.'),
    personalUseAuthorised: b('Personal use is authorised by a role the policy names.'),
    personalDeviceAgreed: b('Use of this personal device is agreed by a role the policy names.'),
    personalPhoneOnTrip: b('A personal phone taken on an outing or visit.'),
    personalPhoneAgreed: b('Its use on this outing is agreed by a role the policy names.'),
    switchedOff: tri('The personal phone stays switched off on the outing.'),
    settingPhoneCarried: tri('A setting mobile phone goes on the outing or visit.'),
    encryptOffSite: one(['sensitive-or-child-photos', 'always'], 'Policy: which setting devices must be encrypted to leave.'),
    personalDevices: one(['never', 'with-agreement'], 'Policy: personal devices for work.'),
    personalPhoneOnOuting: one(['forbidden', 'agreed', 'switched-off'], 'Policy: personal phones on outings and visits.'),
    clearBeforeOuting: b('Policy: all data transferred or deleted from a setting device before an outing.'),
    authorisedUserOnly: b('Policy: setting devices are used by their authorised person only.'),
    settingPhoneRequired: b('Policy: a setting phone goes on outings and visits.'),
  },
};
