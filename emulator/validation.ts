// Checks a cell value against a data validation rule, as Sheets does for typed input: rejected
// when the rule disallows invalid data, flagged otherwise. Scripts may write anything.
import type { DataValidation } from './builders';
import { isDate } from './dates';

const MESSAGES: Record<string, string> = {
  VALUE_IN_LIST: 'Input must be an item on the specified list.',
  VALUE_IN_RANGE: 'Input must be an item in the specified range.',
  CHECKBOX: 'Input must be a checkbox value.',
  DATE_IS_VALID_DATE: 'Input must be a valid date.',
  NUMBER: 'Input must be a number in the specified range.',
};

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return undefined;
}

/** Why `value` breaks `rule` (Sheets' wording or the rule's help text), or null when it passes. */
export function validationProblem(
  rule: DataValidation,
  value: unknown,
  rangeValues?: (a1Range: unknown) => unknown[],
): string | null {
  if (value === '' || value === null || value === undefined) return null;
  const criteria = rule.getCriteriaType();
  const args = rule.getCriteriaValues();
  const fail = (key: string) => rule.getHelpText() || MESSAGES[key];
  const n = asNumber(value);
  switch (criteria) {
    case 'VALUE_IN_LIST': {
      const list = (args[0] as unknown[]).map((v) => String(v).toLowerCase());
      return list.includes(String(value).toLowerCase()) ? null : fail('VALUE_IN_LIST');
    }
    case 'VALUE_IN_RANGE': {
      if (!rangeValues) return null;
      const list = rangeValues(args[0]).map((v) => String(v).toLowerCase());
      return list.includes(String(value).toLowerCase()) ? null : fail('VALUE_IN_RANGE');
    }
    case 'CHECKBOX': {
      const allowed = args.length > 0 ? args.map(String) : ['true', 'false'];
      return allowed.includes(String(value).toLowerCase()) || allowed.includes(String(value)) ? null : fail('CHECKBOX');
    }
    case 'DATE_IS_VALID_DATE':
      return isDate(value) ? null : fail('DATE_IS_VALID_DATE');
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Number(args[0]) && n <= Number(args[1]) ? null : fail('NUMBER');
    case 'NUMBER_NOT_BETWEEN':
      return n !== undefined && (n < Number(args[0]) || n > Number(args[1])) ? null : fail('NUMBER');
    case 'NUMBER_GREATER_THAN':
      return n !== undefined && n > Number(args[0]) ? null : fail('NUMBER');
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== undefined && n >= Number(args[0]) ? null : fail('NUMBER');
    case 'NUMBER_LESS_THAN':
      return n !== undefined && n < Number(args[0]) ? null : fail('NUMBER');
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== undefined && n <= Number(args[0]) ? null : fail('NUMBER');
    case 'NUMBER_EQUAL_TO':
      return n !== undefined && n === Number(args[0]) ? null : fail('NUMBER');
    default:
      return null;
  }
}
