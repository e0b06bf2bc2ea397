import type { AutoconfigErrorCode, AutoconfigNoteCode } from '../../model/autoconfig.js';
import type { CheckStage, CheckStageState } from '../../model/check-stages.js';
import type { DiagnosisCode } from '../../model/diagnosis.js';
import type { AdvisoryCode } from '../../model/protocol-advisor.js';
import type { Interpolated, Problem } from '../messages.js';

/**
 * The diagnostics catalogue: stage names, the error translator's causes and fixes,
 * the protocol advisor's notes, autoconfig import messages and the diagnostics
 * report. A separate chunk per locale, loaded when a check runs or a note shows,
 * so none of it weighs on the first paint.
 */
export interface DiagnosticMessages {
  /** A stage's name as the list shows it. */
  readonly stages: Readonly<Record<CheckStage, string>>;
  readonly states: Readonly<Record<CheckStageState, string>>;
  /** One list item: the stage, its state and, when known, how long it took. */
  readonly stageItem: Interpolated<{ stage: string; state: string; durationMs?: number }>;
  /** Title: the cause. Action: the fix. */
  readonly causes: Readonly<Record<DiagnosisCode, Problem>>;
  /** The advisor's notes; `date` is already formatted for the locale. */
  readonly advisories: Readonly<Record<AdvisoryCode, Interpolated<{ date: string }>>>;
  readonly autoconfigErrors: Readonly<Record<AutoconfigErrorCode, string>>;
  readonly autoconfigNotes: Readonly<Record<AutoconfigNoteCode, string>>;
  /** A `YYYY-MM-DD` date as the locale writes it in a sentence: `1 April 2027`. */
  readonly formatDate: (iso: string) => string;
  /** The check's tools, shown once a check has run (so they load with it). */
  readonly tools: {
    /** The name of the list of stages. */
    readonly connectionCheck: string;
    readonly copyDiagnostics: string;
    readonly diagnosticsCopied: string;
    /** The clipboard refused: the report is shown for copying by hand. */
    readonly copyFailed: string;
    readonly saveAnyway: string;
    readonly saveAnywayHelp: string;
  };
  /** Labels of the plain-text diagnostics report. */
  readonly report: {
    readonly title: string;
    readonly library: string;
    readonly checkedAt: string;
    readonly outcome: string;
    readonly passed: string;
    readonly failedStage: Interpolated<{ stage: string }>;
    readonly errorKind: string;
    readonly cause: string;
    readonly fix: string;
    readonly rawCode: string;
    readonly serverReply: string;
    readonly certificate: Interpolated<{ subject: string; issuer: string; validTo: string }>;
    readonly provider: string;
    readonly mailbox: string;
  };
}
