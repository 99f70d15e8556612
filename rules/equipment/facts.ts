// The equipment facts: what each is (the specs rules are checked against), and how they are computed from one request.
import type { Computed, Context } from '../../src/core/area.js';
import { b, one, tri, triOf } from '../../src/core/facts.js';
import { actorOf } from '../vocabulary.js';
import type { EquipmentPolicy } from './policy.js';
import { equipmentActions, equipmentPlaces, equipmentPurposes, type EquipmentRequest } from './schema.js';

// Stryker disable StringLiteral: a fact spec's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
/** The facts equipment rules may use, once per request. */
export const equipmentFactSpecs = {
  actor: one(['staff', 'parent', 'visitor', 'child'], 'Who uses the device: staff (incl. volunteers, students, managers), a parent, a visitor (incl. contractors) or a child.'),
  action: one(equipmentActions, 'What the person does: use the device, or install a program or app on it.'),
  purpose: one(equipmentPurposes, 'What the use is for: work, learning or personal.'),
  place: one(equipmentPlaces, 'Where the device is used.'),
  onSite: b('The device is used on the premises.'),
  mobileDevice: b('A tablet or phone: a mobile device.'),
  computer: b('A laptop or desktop: a computer.'),
  issued: b('The device is issued to named people (not shared).'),
  userAuthorised: b('The person is one of the people the device is issued to.'),
  technicalStaff: b('The person is technical staff: a member of staff holding the ict-technician role.'),
  laptopInstallAllowed: b('Policy and request allow a member of staff to install on a setting laptop (administrator rights on school laptops).'),
  authorisedToInstall: tri('The setting authorised this person to install or download programs and apps.'),
  acceptableUseAgreed: tri('The person agreed to (or was made aware of) the acceptable use policy.'),
  wirelessOn: tri('Wireless access is switched on.'),
  online: tri('The use needs the internet.'),
  virusProtected: tri('Virus protection is installed and active.'),
  softwareApproved: b('The program or app is in the pre-approved selection, agreed by a role the policy names (false when none is named).'),
  softwareNamed: b('The request names a program or app (always when installing).'),
  personalUseAuthorised: b('Personal use is authorised by a role the policy names.'),
  installBy: one(['authorised-staff', 'technical-staff', 'not-stated'], 'Policy: who installs or downloads programs and apps.'),
  approvedSoftwareOnly: b('Policy: software and apps come from a pre-approved selection.'),
  personalUse: one(['authorised', 'off-site-authorised', 'not-stated'], 'Policy: personal use of a setting device.'),
  authorisedUserOnly: b('Policy: a device issued to named people is used by them only.'),
  wirelessOffInLearningSpaces: b('Policy: wireless access on mobile devices is switched off in learning spaces.'),
  acceptableUse: one(['agreed', 'not-stated'], 'Policy: users agree to the acceptable use policy.'),
  virusProtection: one(['required', 'not-stated'], 'Policy: computers have virus protection installed.'),
} as const;

/**
 * The equipment facts of one request, under the decision's policy.
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { equipmentArea } from './area.js';
 * const ctx = readOptions(equipmentArea, { policy: 'kirklees-primary' });
 * computeEquipmentFacts([{ device: { id: 'lap-9', kind: 'laptop', assignment: 'issued', authorisedUsers: ['t-3'] },
 *   user: { id: 't-3', person: 'staff', roles: ['ict-technician'] }, action: 'install', purpose: 'work', place: 'office' }], ctx)
 *   .root.technicalStaff; // true (staff holding the ict-technician role)
 * ```
 */
export function computeEquipmentFacts([r]: [EquipmentRequest], ctx: Context<EquipmentPolicy>): Computed {
  const policy = ctx.policy;
  const actor = actorOf(r.user.person);
  const kind = r.device.kind;
  const root = {
    actor,
    action: r.action,
    purpose: r.purpose,
    place: r.place,
    onSite: r.place !== 'off-site',
    mobileDevice: kind === 'tablet' || kind === 'phone',
    computer: kind === 'laptop' || kind === 'desktop',
    issued: r.device.assignment === 'issued',
    userAuthorised: (r.device.authorisedUsers ?? []).includes(r.user.id),
    technicalStaff: actor === 'staff' && (r.user.roles ?? []).includes('ict-technician'),
    laptopInstallAllowed: policy.staffInstallOnLaptops && kind === 'laptop' && actor === 'staff',
    authorisedToInstall: triOf(r.user.authorisedToInstall),
    acceptableUseAgreed: triOf(r.user.acceptableUseAgreed),
    wirelessOn: triOf(r.device.wirelessOn),
    online: triOf(r.online),
    virusProtected: triOf(r.device.virusProtected),
    softwareApproved: r.software?.approvedBy != null && policy.softwareApprovers.includes(r.software.approvedBy),
    softwareNamed: r.software != null || r.action === 'install',
    personalUseAuthorised: r.personalUseAuthorisedBy != null && policy.personalUseApprovers.includes(r.personalUseAuthorisedBy),
    installBy: policy.installBy,
    approvedSoftwareOnly: policy.softwareApprovers.length > 0,
    personalUse: policy.personalUse,
    authorisedUserOnly: policy.authorisedUserOnly,
    wirelessOffInLearningSpaces: policy.wirelessOffInLearningSpaces,
    acceptableUse: policy.acceptableUse,
    virusProtection: policy.virusProtection,
  };
  return { root, items: [] };
}
