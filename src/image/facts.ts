// Stryker disable StringLiteral: a fact catalogue's strings are descriptions (documentation) and the vocabulary rule files are
// validated against when they load (a value a rule uses fails validation, and with it every test of the area).
import type { AreaSpec } from '../rules/types.js';
import { b, tri } from '../rules/factSpecs.js';
import { audiences } from './audience.js';

const each = <T extends object>(spec: T) => ({ ...spec, each: true }) as const;

/** The facts image rules may use: once per photo, and once per child in it (`each`). */
export const imageArea: AreaSpec = {
  id: 'image',
  item: 'child',
  facts: {
    audience: { type: 'string', values: audiences, description: 'Where the photo is going.' },
    audiencePermitted: b('The policy allows photos to go to this audience at all.'),
    childCount: { type: 'number', description: 'How many children are visible.' },
    identifiableCount: { type: 'number', description: 'How many visible children can be identified.' },
    deviceOwner: { type: 'string', values: ['setting', 'personal'], description: 'Who owns the device that took it.' },
    deviceKind: { type: 'string', values: ['camera', 'tablet', 'phone', 'other', 'unknown'], description: 'What kind of device took it.' },
    deviceAuthorised: b('A personal device has specific authorisation from a role the policy accepts.'),
    personalDevices: { type: 'string', values: ['never', 'with-authorisation'], description: 'Policy: personal devices for photos.' },
    personalPhonePhotos: { type: 'string', values: ['never', 'with-authorisation'], description: 'Policy: photos on personal phones.' },
    appropriatelyDressed: tri('Staff confirmed the children are appropriately dressed.'),
    mayCauseDistress: tri('The image could cause distress.'),
    takenInSecret: tri('Taken in secret or in a secretive situation.'),
    takenForPersonalUse: tri('Taken for an adult\'s personal use.'),
    oneToOne: tri('Taken in a one-to-one situation.'),
    showsSurroundingContext: tri('The image shows surrounding context.'),
    brandedClothing: tri('A child wears clothing naming the setting.'),
    brandedClothingForbidden: b('Policy: branded clothing may not be shown to this audience.'),
    hasNameList: b('A list of names goes with the photo.'),
    nameListForbidden: b('Policy: no name list with group photos for this audience.'),
    identifiableIndividualForbidden: b('Policy: no photo of one identifiable child alone for this audience.'),
    moderationRequired: b('Policy: uploads to this audience must be moderated.'),
    approved: b('Someone approved (moderated) the upload.'),
    socialMediaClosed: tri('The setting\'s social media account is closed (members accepted by the manager).'),
    socialMediaModerated: tri('The setting\'s social media account moderates every posting.'),
    purposeRecorded: b('The purpose of the photo is recorded.'),
    writtenConsentRequired: b('Policy: consent must be written.'),
    informedConsentRequired: b('Policy: the consent must record that its implications were explained, for this audience.'),
    childAgreement: { type: 'string', values: ['required', 'seek-where-possible', 'respect-objection'], description: 'Policy: the child\'s own agreement.' },
    fullNameForbidden: b('Policy: no full names for this audience.'),
    anyNameForbidden: b('Policy: no names at all for this audience.'),
    nameInFileNameForbidden: b('Policy: no names in the file name for this audience.'),
    childIdentifiable: each(b('This child can be identified (missing counts as yes).')),
    consentFound: each(b('A consent record exists for this child.')),
    consentContradictory: each(b('The latest consent records for this child disagree.')),
    consentWritten: each(b('The consent is written.')),
    consentGiverAccepted: each(b('The consent was given by someone the policy accepts (parental responsibility).')),
    consentCoversAudience: each(b('The consent covers this audience.')),
    consentWithdrawn: each(b('The consent was withdrawn at or before the time of the decision.')),
    consentGivenBeforeTaking: each(b('The consent was given before the photo was taken.')),
    consentReviewOverdue: each(b('The consent is past its review date.')),
    consentImplicationsExplained: each(b('The consent records that its implications were explained.')),
    childObjects: each(b('The child objects (on the consent, or at the time).')),
    childAgreed: each(tri('The child agreed to the photo.')),
    childFullNameInText: each(b('The child\'s first and last name appear in the file name, caption, alt text or tags.')),
    childNameInText: each(b('The child\'s first or last name appears in the file name, caption, alt text, tags or name list.')),
    childNameInFileName: each(b('The child\'s first or last name appears in the file name.')),
  },
};
