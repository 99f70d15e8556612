import { canPublishImage } from '../../src/image/canPublishImage/index.js';
import { imageFacts } from '../../src/image/imageFacts/index.js';
import { consentsSchema, photoSchema } from '../../src/image/schema.js';
import { createEngine, decideWithEngine } from '../../src/engine/index.js';
import { consents, photo, AT } from './image.js';

/** A public decision function, with a valid call to mutate and a check that its input was valid. */
export interface DecisionEntry {
  name: string;
  /** Calls the function with positional arguments (the last is the options). */
  call(args: unknown[]): { allowed: boolean; reasons: { rule: string; subject?: string }[] } | Promise<{ allowed: boolean; reasons: { rule: string }[] }>;
  /** Arguments the function allows. */
  valid: unknown[];
  /** True when every argument is valid input (an allowed decision must satisfy this). */
  inputValid(args: unknown[]): boolean;
}

const engine = createEngine();
const imageValid = (a: unknown[]) => photoSchema.safeParse(a[0]).success && consentsSchema.safeParse(a[1]).success;

/** Every public decision function; each area adds its entries. */
export const decisions: DecisionEntry[] = [
  { name: 'canPublishImage', call: (a) => canPublishImage(a[0] as never, a[1] as never, a[2] as never), valid: [photo(), consents(), { at: AT, policy: 'homerton-early-years' }], inputValid: imageValid },
  { name: 'engine: canPublishImage facts', call: (a) => decideWithEngine(engine, imageFacts(a[0], a[1], a[2] as never)), valid: [photo(), consents(), { at: AT }], inputValid: imageValid },
];
