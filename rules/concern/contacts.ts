// A setting's own contacts: its directory (and a local authority's it adopts), what a route lacks, and what may be stale.
import type { Context } from '../../src/core/area.js';
import { clauseOf, type Finding } from '../../src/core/findings.js';
import { daysFromCivil, isoDayOfDays } from '../../src/core/time/civil.js';
import { addPeriodToDay, parsePeriod } from '../../src/core/time/periods.js';
import { localAuthorityContacts, type Contact, type ConcernPolicy } from './policy.js';
import type { Recipient } from './vocabulary.js';

/** The clause of the library's own contact checks: a setting's contacts are its own data, and a route never gives a wrong number. */
const OWN_CONTACTS = clauseOf({ source: 'esafety-rules', section: 'A setting\'s own contacts: the route names the role, and the setting supplies the number' });

/** The services whose number depends on the local authority: a route says when the setting has none on file. */
const LOCAL_SERVICES: Partial<Record<Recipient, string>> = {
  lado: 'LADO', mash: 'MASH', 'childrens-social-care': 'children\'s social care', 'childminding-team': 'childminding team',
  police: 'police child protection team',
};

/**
 * The directory a route reads: the setting's own entries, then those of the local authority it adopts; and when it
 * was published (the setting's own where it lists any, else the adopted authority's).
 *
 * @example
 * ```ts
 * const { entries } = directoryOf({ ...policy.concern, contacts: { published: '2026-09', entries: [], adopt: 'barnet' } });
 * entries.find((c) => c.to === 'lado')?.phone; // '020 8359 6056' (Barnet's)
 * ```
 */
export function directoryOf(policy: ConcernPolicy): { entries: readonly Contact[]; published?: string } {
  const own = policy.contacts;
  const adopted = own.adopt ? localAuthorityContacts[own.adopt] : undefined;
  const entries = adopted ? [...own.entries, ...adopted.entries] : own.entries;
  const published = own.entries.length ? own.published : adopted?.published;
  return published === undefined ? { entries } : { entries, published };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The day number a directory's `published` names (`yyyy`, `yyyy-MM` or `yyyy-MM-dd`; a partial date counts from its
 * first day, so that an old directory is never taken for a newer one), or undefined where it is undated.
 *
 * @example
 * ```ts
 * publishedDay('2010-01'); // 14610 (2010-01-01)
 * publishedDay('undated (cites EYFS 2012)'); // undefined
 * ```
 */
export function publishedDay(published: string): number | undefined {
  const m = DATE.exec(published);
  if (!m) return undefined;
  const y = Number(m[1]), mo = Number(m[2] ?? 1), d = Number(m[3] ?? 1);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const day = daysFromCivil(y, mo, d);
  return isoDayOfDays(day).endsWith(`-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`) ? day : undefined;
}

/** One warning where a directory may be stale: older than `maxAge` at the decision's day, or undated. */
function staleness(label: string, published: string, maxAge: string | undefined, ctx: Context<ConcernPolicy>): Finding | undefined {
  const period = maxAge === undefined ? undefined : parsePeriod(maxAge);
  if (!period || !Number.isFinite(ctx.day)) return undefined; // without options.at, no staleness check
  const day = publishedDay(published);
  if (day !== undefined && addPeriodToDay(day, period) >= ctx.day) return undefined;
  const message = day === undefined
    ? `${label} is undated (${published}): it may be stale; check every number is still current and record the date.`
    : `${label} was published ${published}, more than ${maxAge} before ${isoDayOfDays(ctx.day)}: it may be stale; check every number is still current.`;
  return { rule: 'concern.contacts.stale', effect: 'warn', code: 'CONTACTS_MAY_BE_STALE', message, clause: { ...OWN_CONTACTS }, subject: 'concern.contacts', remedy: 'Check the contacts and update concern.contacts (with its published date).' };
}

/**
 * What a route's contacts lack: for each step to a local service with no number on file, a warning that says so
 * (never a number from another setting); and a warning where a directory may be stale (where `options.at` is given).
 *
 * @example
 * ```ts
 * import { readOptions } from '../../src/core/options.js';
 * import { concernArea } from './area.js';
 * const ctx = readOptions(concernArea, { policy: 'baseline', at }); // the baseline has no contact directory
 * contactFindings([{ to: 'lado' }], ctx.policy, ctx).map((f) => f.message); // ["No LADO contact on file: add your local authority's number."]
 * ```
 */
export function contactFindings(steps: readonly { to: Recipient; contacts?: readonly Contact[] }[], policy: ConcernPolicy, ctx: Context<ConcernPolicy>): Finding[] {
  const out: Finding[] = [];
  for (const s of steps) {
    const service = LOCAL_SERVICES[s.to];
    if (service === undefined || s.contacts?.some((c) => c.to === s.to)) continue;
    out.push({
      rule: 'concern.contacts.missing', effect: 'warn', code: 'NO_CONTACT_ON_FILE', subject: s.to, clause: { ...OWN_CONTACTS },
      message: `No ${service} contact on file: add your local authority's number.`,
      remedy: 'Add the number to concern.contacts.entries, or adopt your local authority\'s published contacts (concern.contacts.adopt).',
    });
  }
  const { contacts } = policy;
  if (contacts.entries.length) {
    const f = staleness('The contact directory', contacts.published, contacts.maxAge, ctx);
    if (f) out.push(f);
  }
  if (contacts.adopt) {
    const f = staleness(`The contacts adopted from ${contacts.adopt}`, localAuthorityContacts[contacts.adopt].published, contacts.maxAge, ctx);
    if (f) out.push(f);
  }
  return out;
}
