import type { Rule } from '../types';
import { impressumMissing } from './impressum-missing';
import { prepaymentOnly } from './prepayment-only';

/** Every rule the engine runs. A meta-test checks each has a reason message in de and en. */
export const RULES: Rule[] = [impressumMissing, prepaymentOnly];
