import { ERROR_KINDS, MailSetupError } from '../model/errors.js';
import type { ErrorCode, FieldIssue, NoteCode, WarningCode } from '../model/codes.js';
import { isOneOf } from '../model/vocabulary.js';
import type { Messages, Problem } from './messages.js';

/** Own entries only: a code such as `constructor` or `__proto__` is not in a catalogue. */
function has<K extends string>(record: Readonly<Record<K, unknown>>, code: unknown): code is K {
  return typeof code === 'string' && Object.hasOwn(record, code);
}

export type IssueSeverity = 'error' | 'warning' | 'note';

/**
 * The one place a model finding becomes words: the text for an error, warning
 * or note; `''` for no issue, so a template can write `${formatIssue(t, issue)}`.
 * The three code lists are disjoint, so the code alone says which section to
 * read. A code this catalogue does not know (a newer server, a hand-written
 * adapter) gets the generic sentence of `severity`: never empty, never a throw.
 * A note's `from` is never shown (it may hold a pasted `user:password@`).
 */
export function formatIssue(
  messages: Messages,
  issue: { readonly code: string; readonly params?: FieldIssue['params'] } | null | undefined,
  severity: IssueSeverity = 'error',
): string {
  if (!issue) return '';
  const code: unknown = issue.code;
  const params = issue.params ?? {};
  if (has<ErrorCode>(messages.errors, code)) return messages.errors[code](params);
  if (has<WarningCode>(messages.warnings, code)) return messages.warnings[code](params);
  if (has<NoteCode>(messages.notes, code)) return messages.notes[code]({ from: String(params.from ?? ''), to: String(params.to ?? '') });
  return messages.common.genericIssue[severity];
}

/**
 * The one place an adapter failure becomes words: what failed and what to do,
 * for a rejection of any shape or for an error kind. A kind this catalogue does
 * not know reads as `unknown`.
 */
export function describeError(messages: Messages, errorOrKind: unknown): Problem {
  const failure = typeof errorOrKind === 'string' ? null : MailSetupError.from(errorOrKind);
  const kind = failure === null ? errorOrKind : failure.kind;
  const problem = isOneOf(ERROR_KINDS, kind) && has(messages.adapterErrors, kind) ? messages.adapterErrors[kind] : messages.adapterErrors.unknown;
  return retryProblem(messages, problem, String(kind), failure?.details.retryAfterSeconds);
}

/** A `rate-limited` problem that says when to try again, when the server said; any other problem as it is. */
export function retryProblem(messages: Messages, problem: Problem, kind: string, retryAfterSeconds: number | undefined): Problem {
  if (kind !== 'rate-limited' || retryAfterSeconds === undefined || !Number.isFinite(retryAfterSeconds)) return problem;
  return { title: problem.title, action: messages.common.retryAfter({ seconds: Math.max(1, Math.ceil(retryAfterSeconds)) }) };
}
