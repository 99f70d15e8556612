import { describe, expect, it } from 'vitest';
import { presetInfo } from './core/policy/presets.js';
import { definePolicy, isPolicyValidationError, presetPolicy, PolicyValidationError } from './policy.js';
import { policyLabels } from './policyLabels.js';
import { registry } from './registry.js';
import { renderPolicy } from './renderPolicy.js';

// The policy document staff read: renderPolicy's exact Markdown, line by line, for presets and a setting's own policy.

const KIRKLEES = 'Kirklees primary-school eSafety policy';
const INTRO = [
  'Each value below is the one every decision reads, with the clause of the written policy it comes from; a note',
  'says how the value is read from its clauses, or why it has none. Made by `renderPolicy` from the policy itself.',
];
const lines = (doc: string) => doc.split('\n');
/** The lines of one field: its heading line and the indented lines below it, up to the next field or heading. */
function fieldLines(doc: string, path: string): string[] {
  const all = lines(doc);
  const i = all.findIndex((l) => l.startsWith('- **') && l.endsWith(`(\`${path}\`)`));
  if (i < 0) throw new Error(`no field ${path}`);
  const end = all.findIndex((l, j) => j > i && !l.startsWith('  '));
  return all.slice(i, end);
}
const own = (extra: object, basedOn = 'kirklees-primary') => definePolicy({ id: 'acorn', version: 'v1', basedOn, ...extra } as never);

describe('renderPolicy: the title and introduction', () => {
  it('a preset: its title, id, version and the source it encodes', () => {
    expect(lines(renderPolicy('kirklees-primary')).slice(0, 12)).toEqual([
      `# ${KIRKLEES}`,
      '',
      `The shipped preset \`kirklees-primary\`, version ${presetInfo['kirklees-primary'].version}, encoding *${KIRKLEES}* (\`004_fa76751dc5d22203.txt\`).`,
      '',
      ...INTRO,
      '',
      '## Publishing photos',
      '',
      '*May this photo of these children go to this audience?*',
      '',
      '- **Audiences photos may go to at all.** (`image.permittedAudiences`)',
    ]);
  });

  it('the baseline has no source to name', () => {
    expect(presetInfo.baseline.source).toBeUndefined();
    expect(lines(renderPolicy('baseline')).slice(0, 3)).toEqual([`# ${presetInfo.baseline.title}`, '', `The shipped preset \`baseline\`, version ${presetInfo.baseline.version}.`]);
  });

  it('the preset policy object itself reads as the preset, the same text as its id', () => {
    expect(renderPolicy(presetPolicy('kirklees-primary'))).toBe(renderPolicy('kirklees-primary'));
  });

  it('a setting\'s own policy without a name: titled by its id, with the preset it is based on', () => {
    expect(lines(renderPolicy(own({}))).slice(0, 8)).toEqual([
      '# acorn',
      '',
      `Policy \`acorn\`, version v1, based on the preset \`kirklees-primary\` (${KIRKLEES}).`,
      'A value marked *set by the setting* is the setting\'s own choice: no clause of the preset is quoted for it.',
      '',
      ...INTRO,
      '',
    ]);
  });

  it('a setting\'s own policy with a name: titled by its name', () => {
    expect(lines(renderPolicy(own({ name: 'Acorn Nursery' })))[0]).toBe('# Acorn Nursery');
  });

  it('ends with exactly one newline', () => {
    const doc = renderPolicy('baseline');
    expect(doc.endsWith('\n')).toBe(true);
    expect(doc.endsWith('\n\n')).toBe(false);
  });
});

describe('renderPolicy: headings', () => {
  it.each([1, 2, 3, 4, 5] as const)('headingLevel %i: the title at that level, each area one below (at most 6 #)', (level) => {
    const doc = lines(renderPolicy('baseline', { headingLevel: level }));
    expect(doc[0]).toBe(`${'#'.repeat(level)} ${presetInfo.baseline.title}`);
    expect(doc).toContain(`${'#'.repeat(Math.min(6, level + 1))} Publishing photos`);
    expect(doc.filter((l) => l.startsWith('#'))).toHaveLength(1 + registry.length);
  });

  it('defaults to level 1; level 5 caps the areas at ######', () => {
    expect(lines(renderPolicy('baseline'))).toContain('## Publishing photos');
    expect(lines(renderPolicy('baseline', { headingLevel: 5 }))).toContain('###### Publishing photos');
    expect(renderPolicy('baseline', { headingLevel: 5 })).not.toContain('#######');
  });

  it('each area: a heading with its title, then its question in italics, then its fields', () => {
    const doc = renderPolicy('baseline');
    for (const area of registry) {
      const title = policyLabels[area.id as keyof typeof policyLabels]!.title;
      expect(doc, area.id).toContain(`\n\n## ${title}\n\n*${area.question}*\n\n- **`);
    }
  });
});

describe('renderPolicy: the fields of each area', () => {
  it('every value of the policy once, in the order of its labels, each with its label and path', () => {
    const doc = renderPolicy('baseline');
    const paths = lines(doc).filter((l) => l.startsWith('- **')).map((l) => /\(`([^`]+)`\)$/.exec(l)?.[1]);
    const expected = registry.flatMap((a) => Object.keys(policyLabels[a.id as keyof typeof policyLabels]!.fields).map((k) => `${a.id}.${k}`));
    expect(paths).toEqual(expected);
    const p = presetPolicy('baseline') as unknown as Record<string, object>;
    expect(paths).toHaveLength(registry.reduce((n, a) => n + Object.keys(p[a.id]!).length, 0));
    expect(lines(doc)).toContain('- **Consent must be written.** (`image.writtenConsentRequired`)');
  });

  it('a value, its clause and its note, each on its own line', () => {
    const doc = renderPolicy('kirklees-primary');
    expect(fieldLines(doc, 'image.personalDevices')).toEqual([
      '- **Personal devices for photos: never, or with specific authorisation.** (`image.personalDevices`)',
      '  - Value: `never`',
      `  - *${KIRKLEES}*, Using images, video and sound: “never use a personal device (mobile phone, digital camera or digital video recorder) to take photographs of pupils”`,
    ]);
    expect(fieldLines(doc, 'image.personalDeviceAuthorisers')).toEqual([
      '- **Roles that may authorise a personal device.** (`image.personalDeviceAuthorisers`)',
      '  - Value: none',
      '  - *None: personal devices are never allowed.*',
    ]);
  });

  it('a preset has no value set by the setting', () => {
    for (const id of Object.keys(presetInfo)) expect(renderPolicy(id as never), id).not.toContain('*Set by the setting*');
  });
});

describe('renderPolicy: how each kind of value reads', () => {
  const doc = renderPolicy('baseline');
  const value = (d: string, path: string) => fieldLines(d, path)[1];

  it('booleans yes/no, numbers and strings in code, null and empty lists as none', () => {
    expect(value(doc, 'image.purposeRequired')).toBe('  - Value: yes');
    expect(value(doc, 'retention.yearlyPurge')).toBe('  - Value: no');
    expect(value(doc, 'concern.ofstedWithinDays')).toBe('  - Value: `14`');
    expect(value(doc, 'image.childAgreement')).toBe('  - Value: `seek-where-possible`');
    expect(value(doc, 'retention.yearlyPurgeDate')).toBe('  - Value: none');
    expect(value(doc, 'image.visibleChildrenConsentIn')).toBe('  - Value: none');
  });

  it('only a list of records has lines below its value', () => {
    for (const d of [doc, renderPolicy('barnet-early-years')]) {
      const all = lines(d);
      const owners = all.flatMap((l, i) => (l.startsWith('    - ') ? [all.slice(0, i).reverse().find((h) => h.startsWith('- **'))] : []));
      expect(new Set(owners)).toEqual(new Set(d === doc ? [] : [all.find((l) => l.endsWith('(`concern.contacts`)'))]));
    }
    expect(fieldLines(doc, 'retention.yearlyPurgeDate').filter((l) => l.startsWith('    '))).toEqual([]);
  });

  it('a list of words joined by commas; a record as key: value pairs', () => {
    expect(value(doc, 'image.acceptedConsentGivers')).toBe('  - Value: `parent`, `carer`, `guardian`');
    expect(value(doc, 'concern.ladoDeadline')).toBe('  - Value: within: `1`; unit: `working-days`');
  });

  it('a string with a backtick or a line break: on one line, in double backticks', () => {
    const d = renderPolicy(own({ concern: { contacts: { published: 'line one\n   line `two`', entries: [], maxAge: 'P1Y' } } }));
    expect(value(d, 'concern.contacts')).toBe('  - Value: published: `` line one line `two` ``; entries: none; maxAge: `P1Y`');
    const e = renderPolicy(own({ concern: { contacts: { published: 'one  \n two', entries: [], maxAge: 'P1Y' } } }));
    expect(value(e, 'concern.contacts')).toBe('  - Value: published: `one two`; entries: none; maxAge: `P1Y`');
  });

  it('a list of records: "1 entry" or "N entries", one line below for each (an undefined key left out)', () => {
    const one = renderPolicy(own({ concern: { contacts: { published: '2026', entries: [{ to: 'dsl', label: 'Ann', name: undefined, phone: '01' }], maxAge: 'P1Y' } } }));
    expect(fieldLines(one, 'concern.contacts').slice(1, 3)).toEqual([
      '  - Value: published: `2026`; entries: 1 entry; maxAge: `P1Y`',
      '    - to: `dsl`; label: `Ann`; phone: `01`',
    ]);
    const two = renderPolicy(own({ concern: { contacts: { published: '2026', entries: [{ to: 'dsl', label: 'Ann' }, { to: 'lado', label: 'LADO', email: 'a@b' }], maxAge: 'P1Y' } } }));
    expect(fieldLines(two, 'concern.contacts').slice(1, 4)).toEqual([
      '  - Value: published: `2026`; entries: 2 entries; maxAge: `P1Y`',
      '    - to: `dsl`; label: `Ann`',
      '    - to: `lado`; label: `LADO`; email: `a@b`',
    ]);
  });
});

describe('renderPolicy: values set by the setting', () => {
  const setBy = (has: string) => `  - *Set by the setting* (\`acorn\`): its own choice, not the preset's (the preset \`kirklees-primary\` has ${has}).`;

  it('a changed number, boolean or null: marked as the setting\'s own, with the preset\'s value, and no clause', () => {
    const doc = renderPolicy(own({ concern: { ofstedWithinDays: 7 }, retention: { yearlyPurge: true, yearlyPurgeDate: '09-01' } }));
    expect(fieldLines(doc, 'concern.ofstedWithinDays').slice(1)).toEqual(['  - Value: `7`', setBy('`14`')]);
    expect(fieldLines(doc, 'retention.yearlyPurge').slice(1)).toEqual(['  - Value: yes', setBy('no')]);
    expect(fieldLines(doc, 'retention.yearlyPurgeDate').slice(1)).toEqual(['  - Value: `09-01`', setBy('none')]);
    expect(doc.match(/\*Set by the setting\*/g)).toHaveLength(3);
  });

  it('a value the setting left as the preset has it cites the preset\'s clause', () => {
    const doc = renderPolicy(own({ concern: { ofstedWithinDays: 7 } }));
    expect(fieldLines(doc, 'image.personalDevices')).toEqual(fieldLines(renderPolicy('kirklees-primary'), 'image.personalDevices'));
  });

  it('a list or record written again with the same content is not the setting\'s own (deep equality)', () => {
    const preset = presetPolicy('kirklees-primary');
    const doc = renderPolicy(own({ concern: { firstContactAlternatives: [...preset.concern.firstContactAlternatives], ladoDeadline: { ...preset.concern.ladoDeadline } } }));
    expect(doc).not.toContain('*Set by the setting*');
  });

  it('a list reordered, shortened, or with one entry changed is the setting\'s own', () => {
    expect(presetPolicy('kirklees-primary').concern.firstContactAlternatives).toEqual(['line-manager', 'head-teacher']);
    for (const list of [['head-teacher', 'line-manager'], ['line-manager'], ['line-manager', 'dsl'], ['line-manager', 'head-teacher', 'dsl']]) {
      const doc = renderPolicy(own({ concern: { firstContactAlternatives: list } }));
      expect(fieldLines(doc, 'concern.firstContactAlternatives').slice(2), list.join()).toEqual([setBy('`line-manager`, `head-teacher`')]);
    }
  });

  it('a record with one value changed is the setting\'s own', () => {
    const doc = renderPolicy(own({ concern: { ladoDeadline: { within: 2, unit: 'working-days' } } }));
    expect(fieldLines(doc, 'concern.ladoDeadline').slice(1)).toEqual(['  - Value: within: `2`; unit: `working-days`', setBy('within: `1`; unit: `working-days`')]);
  });

  it('a value the policy starts from the baseline (its own contacts, none) and leaves cites the baseline', () => {
    const doc = renderPolicy(own({}, 'barnet-early-years'));
    expect(doc).not.toContain('*Set by the setting*');
    expect(fieldLines(doc, 'concern.contacts')).toEqual(fieldLines(renderPolicy('baseline'), 'concern.contacts'));
    // The preset's own directory is not the policy's.
    expect(fieldLines(renderPolicy('barnet-early-years'), 'concern.contacts')[1]).toMatch(/entries: \d+ entries/);
  });

  it("a value changed where the policy starts from the baseline says it replaced the baseline's, not the preset's", () => {
    const doc = renderPolicy(own({ concern: { contacts: { published: '2026', entries: [{ to: 'dsl', label: 'Ann' }], maxAge: 'P1Y' } } }));
    const line = fieldLines(doc, 'concern.contacts').find((l) => l.includes('*Set by the setting*'))!;
    expect(line).toMatch(/^  - \*Set by the setting\* \(`acorn`\): its own choice, not the preset's \(a policy based on `kirklees-primary` starts from the baseline's published: /);
    expect(line).not.toContain('the preset `kirklees-primary` has');
  });
});

describe('renderPolicy: an invalid policy', () => {
  it('throws PolicyValidationError with the findings', () => {
    expect(() => renderPolicy('kirklees' as never)).toThrow(PolicyValidationError);
    let caught: unknown;
    try { renderPolicy({ id: 'x', version: '1', image: { personalDevices: 'sometimes' } } as never); } catch (e) { caught = e; }
    expect(isPolicyValidationError(caught)).toBe(true);
  });
});
