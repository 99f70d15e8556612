// Facts: the primitive values rules read. These helpers declare a fact's type (its spec) and read tri-state answers.
import type { FactSpec } from './rules/types.js';

/** The values of a yes/no fact whose answer may be missing: anything but the safe value blocks. */
export const TRI = ['yes', 'no', 'unknown'] as const;
/** A tri-state answer: `unknown` where nobody said. */
export type Tri = (typeof TRI)[number];

/** A boolean fact. */
export const b = (description: string) => ({ type: 'boolean', description }) as const satisfies FactSpec;
/** A yes / no / unknown fact. */
export const tri = (description: string) => ({ type: 'string', values: TRI, description }) as const satisfies FactSpec;
/** A fact that is one of a fixed list of strings. */
export const one = (values: readonly string[], description: string) => ({ type: 'string', values, description }) as const satisfies FactSpec;
/** A number fact. */
export const num = (description: string) => ({ type: 'number', description }) as const satisfies FactSpec;
/** A fact computed once per item (e.g. per child in a photo), not once per decision. */
export const each = <T extends FactSpec>(spec: T) => ({ ...spec, each: true }) as const;

/**
 * A tri-state fact from an optional yes/no input: missing (or null) is `unknown`.
 *
 * @example
 * ```ts
 * triOf(undefined); // 'unknown'
 * ```
 */
export const triOf = (v: boolean | null | undefined): Tri => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

/** `yes` when any answer is yes, `no` when every answer is no, otherwise `unknown`. */
export const anyOf = (...v: (boolean | null | undefined)[]): Tri => (v.includes(true) ? 'yes' : v.every((x) => x === false) ? 'no' : 'unknown');
