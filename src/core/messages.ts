// Plain-language messages: what a rule means, in words for people, keyed by rule id (see `explain`).

/**
 * What one rule means, for each reader. Texts are short plain sentences from the clause's intent. In `staff` and
 * `remedy`, `{subject}` stands for what the finding is about (a child id, a field) and `{message}` for the finding's own
 * message; `parent` takes no placeholders (a parent is never shown an id or a message that could carry one).
 */
export interface Message {
  /** For staff (and inspectors): what the rule found. */
  staff: string;
  /** For staff: what would put it right (given where the rule has a remedy). */
  remedy?: string;
  /** For a parent: what it means for their child and what happens next. Absent: the staff text is used. */
  parent?: string;
}

/** Messages by rule id. */
export type Messages = Readonly<Record<string, Message>>;

/** The library's own fail-closed check, `input.invalid` (its clause is `FAIL_CLOSED`). */
export const libraryMessages: Messages = {
  'input.invalid': {
    staff: 'Some information is missing or wrong ({message}), so the answer is no until it is corrected.',
    remedy: 'Correct {subject} and ask again.',
    parent: 'Some of the setting\'s records are incomplete, so nothing will go ahead until staff have corrected them.',
  },
};
