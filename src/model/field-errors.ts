import type { ErrorCode, FieldErrors, FieldIssue } from './codes.js';

/** The subset of a zod issue this module reads (works for zod and zod/mini). */
interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly origin?: string;
  readonly message?: string;
}

/** Dotted path of a schema issue: `['incoming', 'port']` → `incoming.port`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

function codeFor(issue: SchemaIssue): ErrorCode {
  const last = issue.path[issue.path.length - 1];
  if (last === 'port') return 'port-invalid';
  switch (issue.code) {
    case 'too_small':
      return 'required';
    case 'too_big':
      return 'too-long';
    case 'invalid_format':
      return last === 'loadFrom' ? 'date-invalid' : 'option-invalid';
    case 'invalid_type':
      return issue.origin === undefined && issue.message?.includes('undefined') ? 'required' : 'option-invalid';
    default:
      return 'option-invalid';
  }
}

/**
 * Turns schema issues into field-keyed codes: the first issue per field wins, and
 * no English text from the schema library ever reaches a user.
 */
export function schemaIssuesToFieldErrors(issues: readonly SchemaIssue[]): FieldErrors {
  const errors: Record<string, FieldIssue> = {};
  for (const issue of issues) {
    const key = issuePath(issue.path) || '_';
    errors[key] ??= { code: codeFor(issue) };
  }
  return errors;
}

/** The first field with an error in the given display order, for focusing it. */
export function firstErrorField(errors: FieldErrors, order: readonly string[]): string | undefined {
  const keys = Object.keys(errors);
  return order.find((field) => keys.some((key) => key === field || key.startsWith(`${field}.`))) ?? keys[0];
}
