// The shipped message catalogue: every area's messages and the library's own, by rule id. Like the registry, it
// names every area (test/architecture.test.ts allows it); `explain` alone imports it, so a decision function does not.
import type { Message, Messages } from '../core/messages.js';
import { libraryMessages } from '../core/messages.js';
import type { AreaId } from '../registry.js';
import { imageMessages } from '../../rules/image/messages.js';
import { retentionMessages } from '../../rules/retention/messages.js';
import { deviceMessages } from '../../rules/device/messages.js';
import { transferMessages } from '../../rules/transfer/messages.js';
import { concernMessages } from '../../rules/concern/messages.js';
import { misuseMessages } from '../../rules/misuse/messages.js';
import { phoneMessages } from '../../rules/phone/messages.js';
import { communicationMessages } from '../../rules/communication/messages.js';
import { internetMessages } from '../../rules/internet/messages.js';
import { equipmentMessages } from '../../rules/equipment/messages.js';
import { meetingMessages } from '../../rules/meeting/messages.js';

/** Each area's messages, by area id: an area without messages does not type-check. */
const byArea: Readonly<Record<AreaId, Messages>> = {
  image: imageMessages,
  retention: retentionMessages,
  device: deviceMessages,
  transfer: transferMessages,
  concern: concernMessages,
  misuse: misuseMessages,
  phone: phoneMessages,
  communication: communicationMessages,
  internet: internetMessages,
  equipment: equipmentMessages,
  meeting: meetingMessages,
};

/**
 * The plain-language messages of every shipped rule, and of the library's own `input.invalid`, by rule id: the
 * catalogue `explain` reads, and the English a translation starts from (pass yours as `explain`'s `messages`).
 *
 * @example
 * ```ts
 * shippedMessages['image.consent.withdrawn']?.parent; // 'You have withdrawn your consent, so the photo will not be used with your child recognisable in it.'
 * ```
 */
export const shippedMessages: Messages = /* @__PURE__ */ catalogueOf(libraryMessages, byArea);

function catalogueOf(library: Messages, areas: Readonly<Record<string, Messages>>): Messages {
  const out: Record<string, Message> = Object.create(null) as Record<string, Message>;
  for (const messages of [library, ...Object.values(areas)]) for (const [id, m] of Object.entries(messages)) out[id] = Object.freeze({ ...m });
  return Object.freeze(out);
}
