import type { CheckStageRow } from '../model/check-stages.js';
import type { Diagnosis } from '../model/diagnosis.js';
import { describeError } from './format.js';
import type { DiagnosticMessages } from './diagnostics/messages.js';
import type { Messages } from './messages.js';

/** What a diagnostics report says: the check's stages and outcome, and what it was about (no credentials). */
export interface DiagnosticsReportInput {
  readonly library: string;
  readonly startedAt: string;
  /** The provider's name, type and server addresses. */
  readonly provider: string;
  readonly mailbox: string;
  readonly rows: readonly CheckStageRow[];
  /** Absent when every stage passed. */
  readonly diagnosis?: Diagnosis;
  /**
   * Values that must never appear (the password typed, a client secret): replaced
   * wherever they show up, even inside a server reply that echoed them.
   */
  readonly secrets: readonly string[];
}

/**
 * The plain-text report **Copy diagnostics** copies: stages, times, server
 * replies, library version — for a help desk ticket. Never a secret.
 */
export function formatDiagnosticsReport(messages: Messages, dt: DiagnosticMessages, input: DiagnosticsReportInput): string {
  const r = dt.report;
  const failed = input.rows.find((row) => row.state === 'failed');
  const lines = [
    r.title,
    `${r.library}: ${input.library}`,
    `${r.checkedAt}: ${input.startedAt}`,
    `${r.provider}: ${input.provider}`,
    `${r.mailbox}: ${input.mailbox}`,
    `${r.outcome}: ${failed ? r.failedStage({ stage: dt.stages[failed.stage] }) : input.diagnosis ? input.diagnosis.kind : r.passed}`,
  ];
  if (input.diagnosis) {
    const problem = input.diagnosis.code ? dt.causes[input.diagnosis.code] : describeError(messages, input.diagnosis.kind);
    lines.push(`${r.errorKind}: ${input.diagnosis.kind}`, `${r.cause}: ${problem.title}`, `${r.fix}: ${problem.action}`);
  }
  lines.push('');
  input.rows.forEach((row, index) => {
    const item = dt.stageItem({
      stage: dt.stages[row.stage],
      state: dt.states[row.state],
      ...(row.durationMs === undefined ? {} : { durationMs: row.durationMs }),
    });
    lines.push(`${index + 1}. ${item}${row.at ? ` — ${row.at}` : ''}`);
    const detail = row.detail ?? (row === failed ? input.diagnosis : undefined);
    if (detail?.rawCode) lines.push(`   ${r.rawCode}: ${detail.rawCode}`);
    if (detail?.serverReply) lines.push(`   ${r.serverReply}: ${detail.serverReply}`);
    if (row.detail?.certificate) lines.push(`   ${r.certificate(row.detail.certificate)}`);
  });
  if (input.diagnosis && !failed && (input.diagnosis.rawCode || input.diagnosis.serverReply)) {
    if (input.diagnosis.rawCode) lines.push(`${r.rawCode}: ${input.diagnosis.rawCode}`);
    if (input.diagnosis.serverReply) lines.push(`${r.serverReply}: ${input.diagnosis.serverReply}`);
  }
  return redact(`${lines.join('\n')}\n`, input.secrets);
}

function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longest first, so a secret that contains another is removed whole.
  for (const secret of [...secrets].filter((value) => value.length >= 3).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join('••••••');
  }
  return result;
}
