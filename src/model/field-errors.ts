import type { ErrorCode, FieldErrors, FieldIssue } from './codes.js';

/** The subset of a zod issue this module reads (works for zod and zod/mini). */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly origin?: string;
  readonly message?: string;
  /** The offending value; present when the schema was parsed with `reportInput: true`. */
  readonly input?: unknown;
  /** The limit a `too_big` issue broke. */
  readonly maximum?: unknown;
}

/** Dotted path of a schema issue: `['incoming', 'port']` → `incoming.port`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/**
 * Whether the issue is about a value that is not there at all. Decided from the
 * reported input when the schema was parsed with `reportInput: true` (as the
 * validators here do), so the result does not depend on which zod locale, if any,
 * the page configured; otherwise from an English message.
 */
function isMissing(issue: SchemaIssue): boolean {
  if ('input' in issue) return issue.input === undefined;
  return issue.message?.includes('received undefined') ?? false;
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
      return isMissing(issue) ? 'required' : 'option-invalid';
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
    if (errors[key] !== undefined) continue;
    const code = codeFor(issue);
    // The same params the rules give, so a message can say the limit.
    errors[key] = code === 'too-long' && typeof issue.maximum === 'number' ? { code, params: { max: issue.maximum } } : { code };
  }
  return errors;
}

/** The first field with an error in the given display order, for focusing it. */
export function firstErrorField(errors: FieldErrors, order: readonly string[]): string | undefined {
  const keys = Object.keys(errors);
  return order.find((field) => keys.some((key) => key === field || key.startsWith(`${field}.`))) ?? keys[0];
}
