import { operators } from './operators.js';
import type { AreaSpec, Condition, FactSpec, Rule } from './types.js';

const NAME = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;
const PATH = /^\$(\.[A-Za-z_$][\w$]*)+$/;
const RULE_KEYS = new Set(['name', 'priority', 'conditions', 'event']);
const PARAM_KEYS = new Set(['code', 'message', 'clause', 'clauses', 'remedy']);
const COMPARISONS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

export interface ValidationContext {
  areas: ReadonlyMap<string, AreaSpec>;
  conditions: Readonly<Record<string, Condition>>;
}

/** What validation learns about a valid rule: its area and whether it runs per item. */
export interface RuleShape {
  area: AreaSpec;
  each: boolean;
}

/**
 * Checks one rule; returns its problems (empty when valid) and its shape.
 *
 * @example
 * ```ts
 * const rule = (value: unknown) => ({
 *   name: 'image.acorn.crowd', conditions: { all: [{ fact: 'childCount', operator: 'greaterThan', value }] },
 *   event: { type: 'block', params: { code: 'ACORN_CROWD', message: 'Too many children.', clause: { source: 'acorn-policy.pdf', section: '4' } } },
 * });
 * validateRule(rule(8), { areas, conditions: {} }).shape?.area.id; // 'image'
 * validateRule(rule('eight'), { areas, conditions: {} }).problems; // ['conditions.all[0] (childCount): "greaterThan" compares numbers only']
 * ```
 */
export function validateRule(rule: unknown, ctx: ValidationContext): { problems: string[]; shape?: RuleShape } {
  if (!isObject(rule)) return { problems: ['a rule must be an object'] };
  const problems: string[] = [];
  for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) problems.push(`unknown property "${key}"`);
  const name = rule.name;
  let area: AreaSpec | undefined;
  if (typeof name !== 'string' || !NAME.test(name)) problems.push('"name" must be a dotted id such as "image.consent.missing"');
  else {
    area = ctx.areas.get(name.slice(0, name.indexOf('.')));
    if (!area) problems.push(`unknown area "${name.slice(0, name.indexOf('.'))}" (known: ${[...ctx.areas.keys()].join(', ')})`);
  }
  if (rule.priority !== undefined && !(typeof rule.priority === 'number' && rule.priority > 0)) problems.push('"priority" must be a number above 0');
  problems.push(...checkEvent(rule.event, area));
  const state = { each: false };
  if (!isObject(rule.conditions)) problems.push('"conditions" must be an object with "all", "any" or "not"');
  else if (area) {
    const keys = Object.keys(rule.conditions);
    if (keys.length !== 1 || !['all', 'any', 'not'].includes(keys[0]!)) problems.push('"conditions" must have exactly one of "all", "any" or "not"');
    else checkCondition(rule.conditions, 'conditions', area, ctx, state, problems, new Set());
  }
  return problems.length ? { problems } : { problems, shape: { area: area!, each: state.each } };
}

function checkEvent(event: unknown, area: AreaSpec | undefined): string[] {
  if (!isObject(event)) return ['"event" must be an object'];
  const out: string[] = [];
  if (event.type !== 'block' && event.type !== 'warn') out.push('"event.type" must be "block" or "warn"');
  const p = event.params;
  if (!isObject(p)) return [...out, '"event.params" must be an object with code, message and clause'];
  const extra = area?.eventParams ?? {};
  for (const key of Object.keys(p)) {
    const spec = hasOwn(extra, key) ? extra[key] : undefined;
    if (spec) {
      const v = p[key];
      if (typeof v !== spec.type || (spec.values && !spec.values.includes(v as string))) out.push(`"event.params.${key}" must be ${spec.values ? spec.values.join(' | ') : `a ${spec.type}`}`);
    } else if (!PARAM_KEYS.has(key)) out.push(`unknown property "event.params.${key}"`);
  }
  for (const [key, spec] of Object.entries(extra)) if (spec.required && !hasOwn(p, key)) out.push(`"event.params.${key}" is required in area "${area!.id}"`);
  if (typeof p.code !== 'string' || !CODE.test(p.code)) out.push('"event.params.code" must be an UPPER_SNAKE code');
  if (!nonEmpty(p.message)) out.push('"event.params.message" is missing');
  if (p.remedy !== undefined && !nonEmpty(p.remedy)) out.push('"event.params.remedy" must be a non-empty string');
  for (const key of ['message', 'remedy'] as const) {
    for (const [, field] of typeof p[key] === 'string' ? (p[key] as string).matchAll(/\{policy\.([A-Za-z]+)\}/g) : []) {
      const fields = area?.policy?.baseline;
      if (fields && !hasOwn(fields, field!)) out.push(`"event.params.${key}" names {policy.${field}}, which is not a value of the ${area!.id} policy`);
    }
  }
  const clause = (c: unknown) => isObject(c) && nonEmpty(c.source) && nonEmpty(c.section) && (c.title === undefined || nonEmpty(c.title))
    && Object.keys(c).every((k) => k === 'source' || k === 'section' || k === 'title');
  if (!clause(p.clause)) out.push('"event.params.clause" must have a source (policy file) and a section');
  if (p.clauses !== undefined && !(Array.isArray(p.clauses) && p.clauses.every(clause))) out.push('"event.params.clauses" must be a list of clauses, each with a source and a section');
  return out;
}

function checkCondition(
  cond: unknown, at: string, area: AreaSpec, ctx: ValidationContext,
  state: { each: boolean }, out: string[], seen: Set<string>,
): void {
  if (!isObject(cond)) { out.push(`${at}: a condition must be an object`); return; }
  for (const op of ['all', 'any'] as const) {
    if (hasOwn(cond, op)) {
      const list = cond[op];
      if (!Array.isArray(list) || list.length === 0) out.push(`${at}.${op}: must be a non-empty array`);
      else list.forEach((c, i) => checkCondition(c, `${at}.${op}[${i}]`, area, ctx, state, out, seen));
      return;
    }
  }
  if (hasOwn(cond, 'not')) {
    if (Array.isArray(cond.not)) out.push(`${at}.not: must be a single condition, not an array`);
    else checkCondition(cond.not, `${at}.not`, area, ctx, state, out, seen);
    return;
  }
  if (hasOwn(cond, 'condition')) {
    const ref = cond.condition;
    if (typeof ref !== 'string' || !hasOwn(ctx.conditions, ref)) out.push(`${at}: unknown shared condition "${String(ref)}"`);
    else if (seen.has(ref)) out.push(`${at}: shared condition "${ref}" refers to itself`);
    else checkCondition(ctx.conditions[ref], `${at}(${ref})`, area, ctx, state, out, new Set([...seen, ref]));
    return;
  }
  checkFactCondition(cond, at, area, state, out);
}

function checkFactCondition(c: Record<string, unknown>, at: string, area: AreaSpec, state: { each: boolean }, out: string[]): void {
  const spec = lookupFact(c.fact, at, area, state, out);
  const op = c.operator;
  if (typeof op !== 'string' || !hasOwn(operators, op)) { out.push(`${at}: unknown operator "${String(op)}"`); return; }
  if (c.path !== undefined && (typeof c.path !== 'string' || !PATH.test(c.path))) out.push(`${at}: "path" must look like "$.a.b"`);
  if (!hasOwn(c, 'value') || c.value === undefined) { out.push(`${at}: "value" is missing`); return; }
  if (isObject(c.value) && hasOwn(c.value, 'fact')) {
    const other = lookupFact(c.value.fact, `${at}.value`, area, state, out);
    if ((op === 'in' || op === 'notIn') && other && (other.type !== 'string[]' || c.value.path !== undefined)) out.push(`${at}: "${op}" compares with a list fact`);
    return;
  }
  if (spec && c.path === undefined) checkValue(spec, op, c.value, `${at} (${String(c.fact)})`, out);
}

function lookupFact(fact: unknown, at: string, area: AreaSpec, state: { each: boolean }, out: string[]): FactSpec | undefined {
  const spec = typeof fact === 'string' && hasOwn(area.facts, fact) ? area.facts[fact] : undefined;
  if (!spec) out.push(`${at}: unknown fact "${String(fact)}" in area "${area.id}"`);
  else if (spec.each) state.each = true;
  return spec;
}

function checkValue(spec: FactSpec, op: string, value: unknown, at: string, out: string[]): void {
  const scalar = spec.type === 'string[]' ? 'string' : spec.type;
  const fits = (v: unknown) => typeof v === scalar && (!spec.values || spec.values.includes(v as string));
  if (op === 'in' || op === 'notIn') {
    if (spec.type === 'string[]') out.push(`${at}: "${op}" needs a single-valued fact; use contains`);
    else if (!Array.isArray(value) || !value.every(fits)) out.push(`${at}: "${op}" needs an array of ${describe(spec)}`);
  } else if (op === 'contains' || op === 'doesNotContain') {
    if (spec.type !== 'string[]') out.push(`${at}: "${op}" needs a list fact`);
    else if (!fits(value)) out.push(`${at}: value must be one of ${describe(spec)}`);
  } else if (COMPARISONS.has(op)) {
    if (spec.type !== 'number' || typeof value !== 'number') out.push(`${at}: "${op}" compares numbers only`);
  } else if (spec.type === 'string[]') out.push(`${at}: "${op}" cannot compare a list fact; use contains`);
  else if (!fits(value)) out.push(`${at}: value ${JSON.stringify(value)} is not ${describe(spec)}`);
}

const describe = (s: FactSpec) => (s.values ? s.values.map((v) => JSON.stringify(v)).join(' | ') : `a ${s.type}`);

/**
 * True when the rule object is a `Rule` (after `validateRule` found no problems).
 *
 * @example
 * ```ts
 * isRule({ name: 'image.acorn.crowd' }, { areas, conditions: {} }); // false: no conditions, no event
 * ```
 */
export const isRule = (r: unknown, ctx: ValidationContext): r is Rule => validateRule(r, ctx).problems.length === 0;
