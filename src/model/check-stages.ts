import * as z from 'zod/mini';
import type { MailProvider } from './provider.js';

/**
 * The staged connection check (B1 made precise). An adapter may report each stage
 * as it runs through `options.onStage`; one that only returns a final result still
 * works, and the UI then shows only that result.
 */
export const CHECK_STAGES = ['resolve', 'connect', 'tls', 'authenticate', 'mailbox', 'send'] as const;
/** A named step of a connection check: DNS, TCP, TLS, sign-in, open the mailbox, send a test. */
export type CheckStage = (typeof CHECK_STAGES)[number];

export const CHECK_STAGE_STATES = ['waiting', 'running', 'passed', 'failed', 'skipped'] as const;
export type CheckStageState = (typeof CHECK_STAGE_STATES)[number];

export const CertificateInfoSchema = z.object({ subject: z.string(), issuer: z.string(), validTo: z.string() });
export type CertificateInfo = z.infer<typeof CertificateInfoSchema>;

/** What a stage saw: the server's words, never anything the request carried. */
export const CheckStageDetailSchema = z.object({
  serverReply: z.optional(z.string()),
  rawCode: z.optional(z.string()),
  certificate: z.optional(CertificateInfoSchema),
});
export type CheckStageDetail = z.infer<typeof CheckStageDetailSchema>;

/** One report an adapter gives through `onStage`: a stage entered a state. */
export const CheckStageReportSchema = z.object({
  stage: z.enum(CHECK_STAGES),
  state: z.enum(CHECK_STAGE_STATES),
  /** ISO time of the report. */
  at: z.string().check(z.minLength(1)),
  durationMs: z.optional(z.number().check(z.gte(0))),
  detail: z.optional(CheckStageDetailSchema),
});
export type CheckStageReport = z.infer<typeof CheckStageReportSchema>;

/** A row of the stage table the UI shows: the latest report for that stage, or its starting state. */
export interface CheckStageRow {
  readonly stage: CheckStage;
  readonly state: CheckStageState;
  readonly at?: string;
  readonly durationMs?: number;
  readonly detail?: CheckStageDetail;
}

/** What decides which stages a check runs: the provider, and the mailbox's own load/send choice when known. */
export type StageProvider = Pick<MailProvider, 'type' | 'loadEmails' | 'sendEmails'> &
  ({ readonly type: 'exchange' } | { readonly type: 'imap-smtp'; readonly incoming: { security: string }; readonly outgoing: { security: string } });

/**
 * The stages a check of this provider goes through, in order, all `waiting`.
 * Exchange (EWS) has no separate send test: sending uses the same signed-in
 * connection as the mailbox. IMAP/SMTP opens the mailbox only when it loads mail
 * and sends a test only when it sends mail; TLS is `skipped` from the start when
 * every server it uses is set to no encryption.
 */
export function initialCheckStages(
  provider: StageProvider,
  mailbox: { readonly loadEmails?: boolean; readonly sendEmails?: boolean } = {},
): CheckStageRow[] {
  const load = provider.loadEmails && mailbox.loadEmails !== false;
  const send = provider.sendEmails && mailbox.sendEmails !== false;
  const rows: CheckStageRow[] = [
    { stage: 'resolve', state: 'waiting' },
    { stage: 'connect', state: 'waiting' },
  ];
  if (provider.type === 'exchange') {
    rows.push({ stage: 'tls', state: 'waiting' }, { stage: 'authenticate', state: 'waiting' }, { stage: 'mailbox', state: 'waiting' });
    return rows;
  }
  const used = [...(load ? [provider.incoming] : []), ...(send ? [provider.outgoing] : [])];
  const plain = used.length > 0 && used.every((endpoint) => endpoint.security === 'none');
  rows.push({ stage: 'tls', state: plain ? 'skipped' : 'waiting' }, { stage: 'authenticate', state: 'waiting' });
  if (load) rows.push({ stage: 'mailbox', state: 'waiting' });
  if (send) rows.push({ stage: 'send', state: 'waiting' });
  return rows;
}

const FINAL_STATES: ReadonlySet<CheckStageState> = new Set(['passed', 'failed', 'skipped']);

/** Whether a stage is done: passed, failed or skipped. */
export function isFinalStageState(state: CheckStageState): boolean {
  return FINAL_STATES.has(state);
}

/**
 * The table after one report. A report for a stage the table lacks is inserted in
 * stage order (the adapter knows best what it ran); a stage that is already
 * finished does not go back to waiting or running (a late or repeated report).
 */
export function foldStageReport(rows: readonly CheckStageRow[], report: CheckStageReport): CheckStageRow[] {
  const row: CheckStageRow = {
    stage: report.stage,
    state: report.state,
    at: report.at,
    ...(report.durationMs === undefined ? {} : { durationMs: report.durationMs }),
    ...(report.detail === undefined ? {} : { detail: report.detail }),
  };
  const index = rows.findIndex((existing) => existing.stage === report.stage);
  if (index >= 0) {
    const existing = rows[index];
    if (existing && isFinalStageState(existing.state) && !isFinalStageState(report.state)) return [...rows];
    return rows.map((old, i) => (i === index ? row : old));
  }
  const order = CHECK_STAGES.indexOf(report.stage);
  const after = rows.findIndex((existing) => CHECK_STAGES.indexOf(existing.stage) > order);
  return after < 0 ? [...rows, row] : [...rows.slice(0, after), row, ...rows.slice(after)];
}

/**
 * The table once the check has settled. On failure the named stage (the error's
 * `details.stage`, else the one still running) is `failed` with the server's
 * words; every stage not finished is `skipped`, since it never ran to the end.
 */
export function settleCheckStages(
  rows: readonly CheckStageRow[],
  outcome:
    | { readonly ok: true; readonly at: string }
    | { readonly ok: false; readonly at: string; readonly stage?: CheckStage; readonly detail?: CheckStageDetail },
): CheckStageRow[] {
  let table = [...rows];
  if (!outcome.ok) {
    const stage = outcome.stage ?? table.find((row) => row.state === 'running')?.stage;
    if (stage !== undefined && table.find((row) => row.stage === stage)?.state !== 'failed') {
      const current = table.find((row) => row.stage === stage);
      const detail = outcome.detail ?? current?.detail;
      table = foldStageReport(
        table.map((row) => (row.stage === stage ? { stage, state: 'running' as const } : row)),
        { stage, state: 'failed', at: outcome.at, ...(detail === undefined ? {} : { detail }) },
      );
    }
  }
  return table.map((row) => (isFinalStageState(row.state) ? row : { stage: row.stage, state: 'skipped' }));
}

/** The first stage that failed, if any: the one whose cause and fix the UI shows. */
export function firstFailingStage(rows: readonly CheckStageRow[]): CheckStageRow | undefined {
  return rows.find((row) => row.state === 'failed');
}
