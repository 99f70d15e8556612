// The library's own version: written in at build time (tsup `define`, from package.json); tests define it the same way.
declare const __ESAFETY_RULES_VERSION__: string | undefined;

/**
 * The version of esafety-rules this copy is, e.g. `0.1.0`: the build writes in package.json's version. Audit records
 * carry it, and the baseline preset takes it as its own version.
 *
 * @example
 * ```ts
 * /^\d+\.\d+\.\d+/.test(libraryVersion); // true
 * ```
 */
export const libraryVersion: string = typeof __ESAFETY_RULES_VERSION__ === 'string' ? __ESAFETY_RULES_VERSION__ : '0.0.0-source';
