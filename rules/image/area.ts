// The image area, declared once: what it reads, its facts, its policy section, its rule files, its result.
import { defineArea } from '../../src/core/area.js';
import { ruleFile } from '../../src/core/rules/ruleSet.js';
import { computeImageFacts, imageFactSpecs } from './facts.js';
import { finishImage } from './obscure.js';
import { imagePolicy } from './policy.js';
import { consentSchema, consentsSchema, photoSchema } from './schema.js';
import audience from './audience.json';
import child from './child.json';
import conditions from './conditions.json';
import consent from './consent.json';
import content from './content.json';
import device from './device.json';
import naming from './naming.json';

/** Publishing photos: may this photo of these children go to this audience? */
export const imageArea = defineArea({
  id: 'image',
  question: 'May this photo of these children go to this audience?',
  functions: ['canPublishImage'],
  item: 'child',
  inputs: [
    { name: 'photo', schema: photoSchema },
    { name: 'consents', schema: consentsSchema, also: { consent: consentSchema } },
  ],
  needsAt: true,
  facts: imageFactSpecs,
  policy: imagePolicy,
  rules: [
    ruleFile('image/consent.json', consent, conditions),
    ruleFile('image/child.json', child),
    ruleFile('image/naming.json', naming),
    ruleFile('image/content.json', content),
    ruleFile('image/device.json', device),
    ruleFile('image/audience.json', audience),
  ],
  computeFacts: computeImageFacts,
  finish: finishImage,
});
