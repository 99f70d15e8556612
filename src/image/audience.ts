/** Where a photo is going. */
export const audiences = [
  'learning-journal',
  'setting-display',
  'setting-website',
  'setting-social-media',
  'publicity',
  'training',
] as const;

/** Where a photo is going: a child's learning journal, the setting's walls, website, social media, publicity, or staff training. */
export type Audience = (typeof audiences)[number];
