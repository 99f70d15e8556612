// The words `explain` puts around the messages: headlines, the policy and remedy lines, dates. English by default;
// `explain`'s `phrases` option replaces any of them (a translation).

/**
 * The phrases of an explanation. `{name}` marks where a value goes. Phrases for parents (`parent…`) take no value
 * but `{date}`, so that nothing from a record (an id, a name) can reach a parent through them.
 *
 * @example
 * ```ts
 * const welsh: Partial<Phrases> = { allowed: 'Caniateir.', notAllowed: 'Ni chaniateir, am y rhesymau sy\'n dilyn.' };
 * ```
 */
export interface Phrases {
  allowed: string;
  allowedWithPoints: string;
  notAllowed: string;
  /** After each reason, for staff: `{policy}` is the policy's title, `{section}` the clause's section and words. */
  policy: string;
  /** The title of the library's own fail-closed check (its clause source is `esafety-rules`). */
  libraryPolicy: string;
  /** After each reason that has one, for staff. */
  remedy: string;
  /** Stands for `{subject}` where a finding has none. */
  unnamed: string;
  keep: string;
  keepUntil: string;
  delete: string;
  deleteBy: string;
  review: string;
  takeDown: string;
  takeDownBy: string;
  /** `{children}`: the ids of the children to obscure. */
  obscure: string;
  obscureBy: string;
  tierIllegal: string;
  tierDisciplinary: string;
  tierContext: string;
  tierNotMisuse: string;
  route: string;
  routeAlso: string;
  stepBy: string;
  /** `{contact}`: a contact's name, number, address and hours. */
  contact: string;
  unreadable: string;
  /** For inspectors, after each reason: the rule, its code and effect, and the clause it cites. */
  trail: string;
  /** For inspectors, where the result names the rule only (a sweep's record). */
  trailRule: string;
  trailSubject: string;
  trailPolicy: string;
  trailFingerprint: string;
  parentAllowed: string;
  parentNotAllowed: string;
  /** For a parent, where something that does not concern their child stops it (never saying what, or who). */
  parentOthers: string;
  parentObscure: string;
  parentObscureBy: string;
  /** For a parent, in place of a finding the catalogue has no parent words for. */
  parentUnexplained: string;
  parentKeep: string;
  parentKeepUntil: string;
  parentDelete: string;
  parentDeleteBy: string;
  parentReview: string;
  parentTakeDown: string;
  parentTakeDownBy: string;
  parentChanged: string;
  parentChangedBy: string;
  /** A date: `{day}`, `{month}` (from `months`), `{year}`. */
  date: string;
  /** A moment, London time: `{date}`, `{time}` (hh:mm). */
  dateTime: string;
  /** A deadline at the end of a London day: `{date}`. */
  endOfDay: string;
  /** January to December. */
  months: readonly string[];
}

/**
 * The English phrases `explain` uses unless given others.
 *
 * @example
 * ```ts
 * englishPhrases.notAllowed; // 'Not allowed, for the reasons that follow.'
 * ```
 */
export const englishPhrases: Readonly<Phrases> = /* @__PURE__ */ Object.freeze({
  allowed: 'Allowed.',
  allowedWithPoints: 'Allowed, but a person should look at the points that follow.',
  notAllowed: 'Not allowed, for the reasons that follow.',
  policy: 'Policy: {policy}, {section}.',
  libraryPolicy: 'the library\'s fail-closed check',
  remedy: 'To put it right: {remedy}',
  unnamed: '(not named)',
  keep: 'Keep the photo.',
  keepUntil: 'Keep the photo; it is due to be deleted by {date}.',
  delete: 'Delete the photo.',
  deleteBy: 'Delete the photo by {date}.',
  review: 'A person must review this photo.',
  takeDown: 'Take the photo down.',
  takeDownBy: 'Take the photo down by {date}.',
  obscure: 'Obscure these children in the photo: {children}.',
  obscureBy: 'Obscure these children in the photo by {date}: {children}.',
  tierIllegal: 'This misuse is always unacceptable, and may be illegal.',
  tierDisciplinary: 'This misuse breaches the code of conduct.',
  tierContext: 'How serious this is depends on the context: the manager decides.',
  tierNotMisuse: 'This is not misuse.',
  route: 'Tell these people, in this order.',
  routeAlso: 'It is also a concern: tell these people, in this order.',
  stepBy: 'Do it by {date}.',
  contact: 'Contact: {contact}.',
  unreadable: 'This is not a result that can be explained: pass what a decision function returned.',
  trail: 'Rule {rule} ({code}, {effect}) cites {source} ({policy}): {section}.',
  trailRule: 'Rule {rule}.',
  trailSubject: 'It is about {subject}.',
  trailPolicy: 'Decided under policy {id}, version {version}.',
  trailFingerprint: 'Policy fingerprint: {fingerprint}.',
  parentAllowed: 'This can go ahead.',
  parentNotAllowed: 'This will not go ahead as it is.',
  parentOthers: 'There are also reasons that do not concern your child.',
  parentObscure: 'It could go ahead with your child hidden or blurred, so that they cannot be recognised.',
  parentObscureBy: 'Your child will be hidden or blurred in the photo by {date}.',
  parentUnexplained: 'There is one more point, which the setting can explain to you.',
  parentKeep: 'The setting may keep this photo for now.',
  parentKeepUntil: 'The setting may keep this photo until {date}.',
  parentDelete: 'The photo will be deleted.',
  parentDeleteBy: 'The photo will be deleted by {date}.',
  parentReview: 'A member of staff will look at this photo again.',
  parentTakeDown: 'The photo will be taken down.',
  parentTakeDownBy: 'The photo will be taken down by {date}.',
  parentChanged: 'The photo will be changed.',
  parentChangedBy: 'The photo will be changed by {date}.',
  date: '{day} {month} {year}',
  dateTime: '{time} on {date}',
  endOfDay: 'the end of {date}',
  months: /* @__PURE__ */ Object.freeze(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']),
});
