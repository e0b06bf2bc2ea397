import * as z from 'zod/mini';
import { CheckStageReportSchema, type CheckStageReport } from '../model/index.js';
import type { ConnectionCheckResult } from './adapter.js';
import { MailSetupError } from './errors.js';
import { errorFromStreamLine, isRecord } from './rest-errors.js';
import { safeServerText } from './rest-message.js';

/*
 * A streamed connection check (docs/rest-contract.md): `POST {base}/connection-checks`
 * with `Accept: application/x-ndjson` answers one JSON object per line, `stage`
 * lines as the check runs, then one `result` or `error` line. The reader keeps the
 * JSON path's rules: shapes parsed, the server's words scrubbed of what the request
 * carried, the bytes read capped.
 */

/**
 * A streamed check's result: the final result with every stage's last report. Kept
 * here rather than in schemas.ts so that elements which never stream do not carry
 * the stage schema.
 */
const StreamResultSchema: z.ZodMiniType<ConnectionCheckResult> = z.object({
  checkedAt: z.iso.datetime({ offset: true }),
  stages: z.optional(z.array(CheckStageReportSchema)),
});

/** The media type of a streamed check. */
export const NDJSON = 'application/x-ndjson';

/** The longest line read (a stage report is a few hundred bytes), whatever `maxResponseBytes` says. */
export const MAX_STREAM_LINE_BYTES = 64 * 1024;

/** Whether an answer is a stream rather than the plain JSON answer (a backend that does not stream still works). */
export function isNdjson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').toLowerCase().startsWith(NDJSON);
}

export interface CheckStreamOptions {
  readonly operation: string;
  /** The most bytes read from the whole answer; 0 or `Infinity` for no limit (lines stay capped). */
  readonly maxBytes: number;
  /** Every string the request carried: none of them may reach a report or an error. */
  readonly carried: readonly string[];
  readonly onStage: (report: CheckStageReport) => void;
}

/**
 * Reads a streamed check to its `result` line, calling `onStage` for each stage
 * line. Rejects with the `error` line's MailSetupError, with `malformed` for a
 * line that is not JSON or not of the contract's shape, a line or answer over its
 * cap, or a stream that ends without a result. A line of a type it does not know
 * is skipped (room for the contract to grow). Read errors (the connection cut,
 * the call's signal) are rethrown as they come, for the caller to classify.
 */
export async function readCheckStream(body: ReadableStream<Uint8Array>, options: CheckStreamOptions): Promise<ConnectionCheckResult> {
  const { operation } = options;
  const total = Number.isFinite(options.maxBytes) && options.maxBytes > 0 ? options.maxBytes : Number.POSITIVE_INFINITY;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let read = 0;
  const fail = async (error: MailSetupError): Promise<never> => {
    await reader.cancel().catch(() => undefined);
    throw error;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (!done) {
      read += value.byteLength;
      if (read > total) return fail(new MailSetupError('malformed', `${operation}: the answer is larger than ${total} bytes`));
      pending += decoder.decode(value, { stream: true });
    } else {
      pending += decoder.decode();
    }
    const lines = pending.split('\n');
    pending = done ? '' : (lines.pop() ?? '');
    if (new TextEncoder().encode(pending).byteLength > MAX_STREAM_LINE_BYTES) {
      return fail(new MailSetupError('malformed', `${operation}: a line of the stream is longer than ${MAX_STREAM_LINE_BYTES} bytes`));
    }
    for (const text of lines) {
      if (text.trim() === '') continue;
      let outcome: ConnectionCheckResult | undefined;
      try {
        outcome = streamLine(text, options);
      } catch (error) {
        return fail(MailSetupError.from(error));
      }
      if (outcome) {
        await reader.cancel().catch(() => undefined);
        return outcome;
      }
    }
    if (done) throw new MailSetupError('malformed', `${operation}: the stream ended before its result`);
  }
}

/** One line: reports a stage and returns undefined, returns the result, or throws the error it names. */
function streamLine(text: string, options: CheckStreamOptions): ConnectionCheckResult | undefined {
  const { operation, carried } = options;
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    // No cause: a syntax error quotes the line, and the line is not ours to put in logs.
    throw new MailSetupError('malformed', `${operation}: a line of the stream is not JSON`);
  }
  if (!isRecord(line)) throw new MailSetupError('malformed', `${operation}: a line of the stream is not an object`);
  const { type, ...rest } = line;
  if (type === 'error') throw errorFromStreamLine(operation, rest, { carried });
  if (type === 'stage') {
    const parsed = CheckStageReportSchema.safeParse(rest);
    if (!parsed.success) throw new MailSetupError('malformed', `${operation}: a stage line is malformed`, {}, { cause: parsed.error });
    options.onStage(scrubReport(parsed.data, carried));
    return undefined;
  }
  if (type === 'result') {
    const parsed = StreamResultSchema.safeParse(rest);
    if (!parsed.success) throw new MailSetupError('malformed', `${operation}: the result line is malformed`, {}, { cause: parsed.error });
    const stages = parsed.data.stages?.map((report) => scrubReport(report, carried));
    return stages === undefined ? parsed.data : { ...parsed.data, stages };
  }
  return undefined;
}

/** A report with the server's words made safe: a reply or code that cannot be is left out. */
export function scrubReport(report: CheckStageReport, carried: readonly string[]): CheckStageReport {
  if (report.detail === undefined) return report;
  const { serverReply, rawCode, ...detail } = report.detail;
  const safe = (text: string | undefined) => (text === undefined ? '' : safeServerText(text, carried));
  const reply = safe(serverReply);
  const code = safe(rawCode);
  return {
    ...report,
    detail: { ...detail, ...(reply === '' ? {} : { serverReply: reply }), ...(code === '' ? {} : { rawCode: code }) },
  };
}
