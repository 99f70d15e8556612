// Dates in an explanation: a London day (`yyyy-MM-dd`) or a moment (ISO 8601), written out in London time.
import { civilOf, daysFromCivil } from '../core/time/civil.js';
import { londonOffset } from '../core/time/london.js';
import type { Phrases } from './phrases.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/**
 * A day or moment in words, London time ("29 December 2026", "10:30 on 1 December 2026", "the end of 29 December
 * 2026"); undefined for anything that is not one.
 *
 * @example
 * ```ts
 * dateInWords('2026-12-29T23:59:59.999Z', englishPhrases); // 'the end of 29 December 2026'
 * ```
 */
export function dateInWords(value: unknown, p: Readonly<Phrases>): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const day = DAY.exec(value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value);
  if (!day) return undefined;
  const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const back = civilOf(daysFromCivil(y, m, d));
  // A day not in the calendar (30 February) is no date, in a moment too: Date.parse would roll it over.
  if (back.m !== m || back.d !== d) return undefined;
  if (value.length === 10) return fill(p.date, { day: String(d), month: p.months[m - 1]!, year: String(y) });
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const local = ms + londonOffset(ms) * 60_000;
  const days = Math.floor(local / 86_400_000);
  const c = civilOf(days);
  const date = fill(p.date, { day: String(c.d), month: p.months[c.m - 1]!, year: String(c.y) });
  const minutes = Math.floor((local - days * 86_400_000) / 60_000);
  if (minutes === 23 * 60 + 59) return fill(p.endOfDay, { date });
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return fill(p.dateTime, { date, time });
}

export { fill };
