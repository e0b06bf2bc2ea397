import { MailSetupError } from '../model/errors.js';
import type { ErrorCode, FieldIssue, MessageCode, NoteCode, WarningCode } from '../model/codes.js';
import type { Messages, Problem } from './messages.js';

function has<K extends string>(record: Readonly<Record<K, unknown>>, code: string): code is K {
  return Object.hasOwn(record, code);
}

/**
 * The text for an error, warning or note found by the model; `''` for no issue,
 * so a template can write `${format(errors.name)}`. The three code lists are
 * disjoint, so the code alone says which section to read. A note's `from` is
 * never shown (it may hold a pasted `user:password@`); `to` is the new value.
 */
export function formatIssue(messages: Messages, issue: FieldIssue<MessageCode> | undefined): string {
  if (!issue) return '';
  const { code, params = {} } = issue;
  if (has<ErrorCode>(messages.errors, code)) return messages.errors[code](params);
  if (has<WarningCode>(messages.warnings, code)) return messages.warnings[code](params);
  if (has<NoteCode>(messages.notes, code)) {
    return messages.notes[code]({ from: String(params.from ?? ''), to: String(params.to ?? '') });
  }
  // A code newer than this catalogue: better a generic message than a raw code.
  return messages.errors['option-invalid'](params);
}

/** What failed and what to do, for anything an adapter call rejected with. */
export function describeError(messages: Messages, error: unknown): Problem {
  const failure = MailSetupError.from(error);
  const problem = messages.adapterErrors[failure.kind] ?? messages.adapterErrors.unknown;
  return retryProblem(messages, problem, failure.kind, failure.details.retryAfterSeconds);
}

/** A `rate-limited` problem that says when to try again, when the server said; any other problem as it is. */
export function retryProblem(messages: Messages, problem: Problem, kind: string, retryAfterSeconds: number | undefined): Problem {
  if (kind !== 'rate-limited' || retryAfterSeconds === undefined || !Number.isFinite(retryAfterSeconds)) return problem;
  return { title: problem.title, action: messages.common.retryAfter({ seconds: Math.max(1, Math.ceil(retryAfterSeconds)) }) };
}
