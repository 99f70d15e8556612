import { communicationRuleFiles } from '../communication/rules.js';
import { concernRuleFiles } from '../concern/rules.js';
import { deviceRuleFiles } from '../device/rules.js';
import { imageRuleFiles } from '../image/rules.js';
import { internetRuleFiles } from '../internet/rules.js';
import { misuseRuleFiles } from '../misuse/rules.js';
import { phoneRuleFiles } from '../phone/rules.js';
import { retentionRuleFiles } from '../retention/rules.js';
import { transferRuleFiles } from '../transfer/rules.js';
import type { RuleFile } from './types.js';

/** The rule files shipped in `rules/`, bundled so the core runs without a file system (each area's list is in `src/<area>/rules.ts`). */
export const shippedRuleFiles: readonly RuleFile[] = [
  ...imageRuleFiles,
  ...retentionRuleFiles,
  ...deviceRuleFiles,
  ...transferRuleFiles,
  ...concernRuleFiles,
  ...misuseRuleFiles,
  ...phoneRuleFiles,
  ...communicationRuleFiles,
  ...internetRuleFiles,
];
