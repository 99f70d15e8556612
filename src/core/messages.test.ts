import { describe, expect, it } from 'vitest';
import { libraryMessages } from './messages.js';

describe("the library's own messages", () => {
  it('input.invalid: for staff, the remedy, and for a parent (no placeholders)', () => {
    expect(libraryMessages).toEqual({
      'input.invalid': {
        staff: 'Some information is missing or wrong ({message}), so the answer is no until it is corrected.',
        remedy: 'Correct {subject} and ask again.',
        parent: 'Some of the setting\'s records are incomplete, so nothing will go ahead until staff have corrected them.',
      },
    });
  });
});
