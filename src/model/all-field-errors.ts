import type { FieldErrors, FieldIssue } from './codes.js';
import { schemaIssuesToFieldErrors, type SchemaIssue } from './field-errors.js';

/** Removes the key instead of filling it. */
export const DROP: unique symbol = Symbol('drop');

/**
 * For each field path (array indexes written `#`), a value that passes the schema
 * and breaks no rule of any other field.
 */
export type ShapeFillers = Readonly<Record<string, unknown>>;

interface Parser<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Related keys: the same field, a field inside it, or the field it is inside. */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * Every error of a save whose shape is wrong, not only the shape's. The values
 * the shape issues point at are replaced with fillers, the rules run on the
 * result, and their errors join the shape errors except where they concern a
 * replaced field (the shape error says what is wrong there). When a broken value
 * has no filler (e.g. an unknown `type`, which decides what the other fields
 * are), only the shape errors are known.
 */
export function allFieldErrors<T>(
  raw: unknown,
  issues: readonly SchemaIssue[],
  schema: Parser<T>,
  fillers: ShapeFillers,
  rules: (input: T) => FieldErrors,
): FieldErrors {
  const shapeErrors = schemaIssuesToFieldErrors(issues);
  const patched = patch(raw, issues, fillers);
  if (patched === undefined) return shapeErrors;
  const parsed = schema.safeParse(patched);
  if (!parsed.success) return shapeErrors;
  const errors: Record<string, FieldIssue> = { ...shapeErrors };
  const shapeKeys = Object.keys(shapeErrors);
  for (const [key, issue] of Object.entries(rules(parsed.data))) {
    if (!shapeKeys.some((shapeKey) => related(key, shapeKey))) errors[key] = issue;
  }
  return errors;
}

/** A schema that can say which input its issues are about. */
interface ReportingParser<T> {
  safeParse(
    raw: unknown,
    params: { reportInput: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * The first half of validating a save: the input as `schema` parses it, or, when
 * its shape is wrong, every error it has — the shape's and those `rules` find on
 * the rest (see `allFieldErrors`). The caller then runs its rules on `data`.
 */
export function parseSave<T>(
  raw: unknown,
  schema: ReportingParser<T> & Parser<T>,
  fillers: ShapeFillers,
  rules: (input: T) => { readonly ok: true } | { readonly ok: false; readonly errors: FieldErrors },
): { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FieldErrors } {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  const errorsOf = (input: T) => {
    const checked = rules(input);
    return checked.ok ? {} : checked.errors;
  };
  return { ok: false, errors: allFieldErrors(raw, parsed.error.issues, schema, fillers, errorsOf) };
}

/** A copy of `raw` with each value an issue points at filled in, or undefined when one cannot be. */
function patch(raw: unknown, issues: readonly SchemaIssue[], fillers: ShapeFillers): unknown {
  if (!isRecord(raw) || Array.isArray(raw)) return undefined;
  const copy = structuredCopy(raw);
  if (copy === undefined) return undefined;
  for (const { path } of issues) {
    const pattern = path.map((part) => (typeof part === 'number' ? '#' : String(part))).join('.');
    if (path.length === 0 || !(pattern in fillers)) return undefined;
    let parent: unknown = copy;
    for (const part of path.slice(0, -1)) parent = isRecord(parent) ? parent[part as string] : undefined;
    if (!isRecord(parent)) return undefined;
    const last = path[path.length - 1] as string;
    const filler = fillers[pattern];
    if (filler === DROP) delete parent[last];
    else parent[last] = structuredCopy(filler);
  }
  return copy;
}

/** A deep copy of JSON-like data; undefined for anything else (functions, cycles). */
function structuredCopy(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}
