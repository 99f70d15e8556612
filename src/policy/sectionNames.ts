/** The sections of a `SettingPolicy`, one per area (the list `sections.ts` fills in; a test keeps them equal). */
export const sectionNames = ['image', 'retention', 'device', 'transfer', 'concern', 'misuse', 'phone', 'communication', 'internet'] as const;

/** The name of one section of a `SettingPolicy`. */
export type SectionName = (typeof sectionNames)[number];
