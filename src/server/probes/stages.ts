import { MailSetupError, type CertificateInfo, type CheckStage, type CheckStageReport, type MailSetupErrorKind } from '../../model/index.js';

/*
 * The staged connection check's reports are the model's (src/model/check-stages.ts),
 * so a report is sent to the page as it is.
 */
export { CHECK_STAGES, type CheckStage, type CheckStageReport, type CheckStageState } from '../../model/index.js';

/** A TLS certificate as a stage reports it. */
export type CertificateSummary = CertificateInfo;

/** What a failing stage carries besides its kind: the server's own words, never anything the request carried. */
export interface StageFailureDetails {
  readonly stage?: CheckStage;
  readonly rawCode?: string;
  readonly serverReply?: string;
  readonly field?: string;
  readonly certificate?: CertificateSummary;
}

/** A check failure in the contract's terms, naming its stage and the server's reply. */
export function stageError(kind: MailSetupErrorKind, message: string, details: StageFailureDetails = {}): MailSetupError {
  return new MailSetupError(kind, message, details);
}

/** Server replies are kept short and single-line: enough for the translator and a diagnostics report. */
export function clip(text: unknown, max = 300): string | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const line = text.replace(/[\r\n]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * Runs stages in order, each under its own time limit and the check's signal,
 * reporting `running` then `passed`/`failed`/`skipped`. A failure is rethrown as a
 * MailSetupError whose details name the stage.
 */
export class StageRunner {
  readonly reports: CheckStageReport[] = [];
  readonly #onStage: (report: CheckStageReport) => void;
  readonly #stageTimeoutMs: number;
  readonly #signal: AbortSignal;

  constructor(options: { onStage?: (report: CheckStageReport) => void; stageTimeoutMs: number; signal: AbortSignal }) {
    this.#onStage = options.onStage ?? (() => undefined);
    this.#stageTimeoutMs = options.stageTimeoutMs;
    this.#signal = options.signal;
  }

  #emit(report: CheckStageReport): void {
    if (report.state !== 'running') this.reports.push(report);
    this.#onStage(report);
  }

  skip(stage: CheckStage): void {
    this.#emit({ stage, state: 'skipped', at: new Date().toISOString() });
  }

  /** Runs one stage; `work` gets a signal that fires on the stage's time limit or the check's abort. */
  async run<T>(stage: CheckStage, work: (signal: AbortSignal) => Promise<{ value: T; detail?: CheckStageReport['detail'] }>): Promise<T> {
    this.#signal.throwIfAborted();
    const started = Date.now();
    this.#onStage({ stage, state: 'running', at: new Date(started).toISOString() });
    const signal = AbortSignal.any([this.#signal, AbortSignal.timeout(this.#stageTimeoutMs)]);
    try {
      const { value, detail } = await raceSignal(work(signal), signal);
      this.#emit({ stage, state: 'passed', at: new Date().toISOString(), durationMs: Date.now() - started, ...(detail ? { detail } : {}) });
      return value;
    } catch (caught) {
      const error: unknown = this.#signal.aborted ? this.#signal.reason : toStageError(caught, signal, stage);
      if (error instanceof MailSetupError) {
        const details = error.details as StageFailureDetails;
        const detail = {
          ...(details.serverReply ? { serverReply: details.serverReply } : {}),
          ...(details.rawCode ? { rawCode: details.rawCode } : {}),
          ...(details.certificate ? { certificate: details.certificate } : {}),
        };
        this.#emit({
          stage,
          state: 'failed',
          at: new Date().toISOString(),
          durationMs: Date.now() - started,
          ...(Object.keys(detail).length ? { detail } : {}),
        });
      }
      throw error;
    }
  }
}

function toStageError(caught: unknown, signal: AbortSignal, stage: CheckStage): MailSetupError {
  if (caught instanceof MailSetupError) {
    return new MailSetupError(caught.kind, caught.message, { ...caught.details, stage });
  }
  if (signal.aborted) return stageError('timeout', `The ${stage} stage timed out`, { stage });
  return stageError('unknown', `The ${stage} stage failed`, { stage });
}

/** Settles with `promise`, or rejects as soon as `signal` fires (a protocol client may not watch the signal itself). */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
