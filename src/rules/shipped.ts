import { communicationRules } from '../communication/rules.js';
import { concernRules } from '../concern/rules.js';
import { deviceRules } from '../device/rules.js';
import { imageRules } from '../image/rules.js';
import { internetRules } from '../internet/rules.js';
import { misuseRules } from '../misuse/rules.js';
import { phoneRules } from '../phone/rules.js';
import { retentionRules } from '../retention/rules.js';
import { transferRules } from '../transfer/rules.js';
import type { RuleFile } from './types.js';

/** The rule files shipped in `rules/`, bundled so the core runs without a file system (each area's list is in `src/<area>/rules.ts`). */
export const shippedRuleFiles: readonly RuleFile[] = [
  ...imageRules.files,
  ...retentionRules.files,
  ...deviceRules.files,
  ...transferRules.files,
  ...concernRules.files,
  ...misuseRules.files,
  ...phoneRules.files,
  ...communicationRules.files,
  ...internetRules.files,
];
