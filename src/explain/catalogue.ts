// The shipped message catalogue: every area's messages (from the registry) and the library's own, by rule id.
// `explain` alone imports it, so a decision function does not bundle the messages.
import type { Message, Messages } from '../core/messages.js';
import { libraryMessages } from '../core/messages.js';
import { messagesByArea } from '../registry.js';

/**
 * The plain-language messages of every shipped rule, and of the library's own `input.invalid`, by rule id: the
 * catalogue `explain` reads, and the English a translation starts from (pass yours as `explain`'s `messages`).
 *
 * @example
 * ```ts
 * shippedMessages['image.consent.withdrawn']?.parent; // 'You have withdrawn your consent, so the photo will not be used with your child recognisable in it.'
 * ```
 */
export const shippedMessages: Messages = /* @__PURE__ */ catalogueOf(libraryMessages, messagesByArea);

function catalogueOf(library: Messages, areas: Readonly<Record<string, Messages>>): Messages {
  const out: Record<string, Message> = Object.create(null) as Record<string, Message>;
  for (const messages of [library, ...Object.values(areas)]) for (const [id, m] of Object.entries(messages)) out[id] = Object.freeze({ ...m });
  return Object.freeze(out);
}
