import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckConnectionOptions, ConnectionCheckResult, MailSetupAdapter } from '../../adapter/adapter.js';
import { loadDiagnosticMessages, type DiagnosticMessages } from '../../i18n/diagnostics.js';
import type { Locale } from '../../i18n/locale.js';
import {
  CheckStageReportSchema,
  diagnose,
  foldStageReport,
  initialCheckStages,
  settleCheckStages,
  type CheckStageReport,
  type CheckStageRow,
  type ConnectionCheckRequest,
  type Diagnosis,
  type MailAccount,
  type MailProvider,
} from '../../model/index.js';
import { MailSetupError } from '../../model/errors.js';
import { Announcer } from './announcer.js';

export type CheckPhase = 'idle' | 'running' | 'passed' | 'failed' | 'cancelled';

/**
 * One connection check as the user watches it (B1): the stage table folded from
 * the adapter's `onStage` reports (rules in `model/check-stages`), the failure's
 * diagnosis (the translator), and a polite announcement per stage change. It
 * loads the diagnostics texts when a check starts; an adapter that reports no
 * stage leaves `reported` false and the element shows only the outcome.
 */
export class CheckProgress implements ReactiveController {
  readonly announcer: Announcer;
  phase: CheckPhase = 'idle';
  rows: CheckStageRow[] = [];
  reported = false;
  diagnosis: Diagnosis | undefined;
  startedAt = '';
  provider: MailProvider | undefined;
  mailbox = '';
  messages: DiagnosticMessages | undefined;
  private run = 0;
  /** The latest report, said once the texts arrive if it came before them. */
  private unsaid: CheckStageReport | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => Locale,
  ) {
    this.announcer = new Announcer(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the diagnostics texts for the current locale (again after a locale change). */
  hostUpdate(): void {
    if (this.phase === 'idle' && !this.messages) return;
    void this.ensureMessages();
  }

  /** Checks through the adapter, following its stages; rejects as the adapter does. */
  async check(
    adapter: MailSetupAdapter,
    request: ConnectionCheckRequest,
    provider: MailProvider | undefined,
    signal: AbortSignal,
    account?: MailAccount,
  ): Promise<ConnectionCheckResult> {
    const run = ++this.run;
    this.phase = 'running';
    this.provider = provider;
    this.mailbox = request.email;
    this.rows = provider ? initialCheckStages(provider, account ?? {}) : [];
    this.reported = false;
    this.diagnosis = undefined;
    this.startedAt = new Date().toISOString();
    this.host.requestUpdate();
    void this.ensureMessages();
    const onStage = (report: CheckStageReport): void => {
      const parsed = CheckStageReportSchema.safeParse(report);
      // A stage report of the wrong shape is ignored: the final outcome still arrives.
      if (run !== this.run || this.phase !== 'running' || !parsed.success) return;
      this.rows = foldStageReport(this.rows, parsed.data);
      this.reported = true;
      this.say(parsed.data);
      this.host.requestUpdate();
    };
    const options: CheckConnectionOptions = { signal, onStage };
    try {
      const result = await adapter.checkConnection(request, options);
      if (run === this.run) this.settle('passed', result.stages);
      return result;
    } catch (error) {
      if (run === this.run) this.fail(MailSetupError.from(error));
      throw error;
    }
  }

  /** The check was stopped (Cancel check, Back, a time limit reached elsewhere). */
  cancel(): void {
    if (this.phase !== 'running') return;
    this.run++;
    this.phase = 'cancelled';
    this.rows = settleCheckStages(this.rows, { ok: true, at: new Date().toISOString() });
    this.host.requestUpdate();
  }

  /** Forgets the check (its settings changed, or the element starts over). */
  clear(): void {
    this.run++;
    this.phase = 'idle';
    this.rows = [];
    this.reported = false;
    this.diagnosis = undefined;
    this.host.requestUpdate();
  }

  private fail(error: MailSetupError): void {
    if (error.kind === 'aborted') {
      this.cancel();
      return;
    }
    this.diagnosis = diagnose(error);
    this.phase = 'failed';
    const { stage, rawCode, serverReply } = this.diagnosis;
    const detail = { ...(rawCode === undefined ? {} : { rawCode }), ...(serverReply === undefined ? {} : { serverReply }) };
    this.rows = settleCheckStages(this.rows, {
      ok: false,
      at: new Date().toISOString(),
      ...(stage ? { stage } : {}),
      ...(Object.keys(detail).length ? { detail } : {}),
    });
    this.host.requestUpdate();
  }

  private settle(phase: 'passed', finals: readonly CheckStageReport[] | undefined): void {
    let rows = this.rows;
    for (const report of finals ?? []) {
      const parsed = CheckStageReportSchema.safeParse(report);
      if (parsed.success) rows = foldStageReport(rows, parsed.data);
    }
    this.reported ||= (finals ?? []).length > 0;
    this.rows = settleCheckStages(rows, { ok: true, at: new Date().toISOString() });
    this.phase = phase;
    this.host.requestUpdate();
  }

  private say(report: CheckStageReport): void {
    const dt = this.messages;
    this.unsaid = dt ? undefined : report;
    if (!dt) return;
    this.announcer.say(dt.stageItem({ stage: dt.stages[report.stage], state: dt.states[report.state] }));
  }

  private async ensureMessages(): Promise<void> {
    const locale = this.locale();
    try {
      const messages = await loadDiagnosticMessages(locale);
      if (messages !== this.messages && locale === this.locale()) {
        this.messages = messages;
        if (this.unsaid && this.phase === 'running') this.say(this.unsaid);
        this.host.requestUpdate();
      }
    } catch {
      // Without the texts the element shows the error kind's message, as before.
    }
  }
}
