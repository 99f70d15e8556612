import * as z from 'zod/mini';
import { defineSection } from '../core/policy/section.js';
import type { Sanction } from './vocabulary.js';

/**
 * A setting's choices about misuse: the exemptions it accepts and the sanctions its policy lists.
 *
 * @example
 * ```ts
 * definePolicy({ id: 'acorn', version: '2026-09', basedOn: 'homerton-early-years', misuse: { sanctions: ['log-incident'] } });
 * ```
 */
export interface MisusePolicy {
  /** Circumstances that may allow a context-dependent activity (004 l.318). */
  exemptions: ('planned-curriculum' | 'system-administration')[];
  /** The sanctions the policy lists. */
  sanctions: Sanction[];
}

export const misusePolicySchema = z.strictObject({
  exemptions: z.array(z.enum(['planned-curriculum', 'system-administration'])),
  sanctions: z.array(z.enum(['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process', 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'])),
});

const EARLY_YEARS: Sanction[] = ['log-incident', 'disciplinary-action', 'report-to-authorities', 'allegations-process'];

/**
 * The misuse section of `SettingPolicy`: the baseline and each preset's differences, with their clauses.
 *
 * @example
 * ```ts
 * misusePolicy.baseline.exemptions; // ['planned-curriculum', 'system-administration']
 * ```
 */
export const misusePolicy = defineSection<MisusePolicy>({
  schema: misusePolicySchema,
  baseline: {
    exemptions: ['planned-curriculum', 'system-administration'], // 004 l.318 (the only source)
    sanctions: [...EARLY_YEARS, 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'], // union of 001, 003, 004
  },
  presets: {
    // 000: disciplinary action l.81; criminal investigation and barring l.63; LADO for staff behaviour l.109; no log named.
    'barnet-early-years': { exemptions: [], sanctions: ['disciplinary-action', 'report-to-authorities', 'allegations-process'] },
    // 001 SANCTIONS l.107-110: log, disciplinary action, report to authorities; 'Allegations of Abuse' process l.75.
    'homerton-early-years': { exemptions: [], sanctions: EARLY_YEARS },
    // 002: no sanctions list; the allegations procedure l.139, l.144; incidents logged as the baseline.
    'two-mile-ash-pre-school': { exemptions: [], sanctions: ['log-incident', 'allegations-process'] },
    // 003 6. Sanctions l.70-75.
    'cambridgeshire-early-years': { exemptions: [], sanctions: EARLY_YEARS },
    // 004: log l.259, behaviour or disciplinary procedures l.261, anti-bullying l.263, loss of privileges l.187,
    // police l.278; no allegations process is named in the school policy itself (Kirklees procedures l.15 apply).
    'kirklees-primary': { sanctions: ['log-incident', 'disciplinary-action', 'report-to-authorities', 'behaviour-procedure', 'anti-bullying-procedure', 'loss-of-privileges'] },
  },
});
