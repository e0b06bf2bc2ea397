import {
  foldStageReport,
  initialCheckStages,
  type CheckStage,
  type CheckStageDetail,
  type CheckStageReport,
  type MailAccount,
  type MailProvider,
} from '../model/index.js';
import { delay, untilAborted } from './abort.js';
import type { ConnectionCheckResult } from './adapter.js';
import type { CheckFailureSimulation } from './check-simulations.js';
import { MailSetupError } from './errors.js';

/** What a simulated staged check needs. */
export interface StagedCheckPlan {
  readonly provider: MailProvider;
  /** The saved mailbox being re-checked, whose own load/send choice narrows the stages. */
  readonly account?: MailAccount;
  /** The demo rules' verdict for this request: undefined to pass, or the error they raised. */
  readonly verdict?: MailSetupError;
  /** A failure to replay at its stage, or a stage to hang at until the signal fires. */
  readonly fault?: { readonly fail: CheckFailureSimulation } | { readonly hangAt: CheckStage };
  readonly stageMs: Readonly<Partial<Record<CheckStage, number>>>;
  readonly signal?: AbortSignal;
  readonly onStage?: (report: CheckStageReport) => void;
}

/** The stage at which the demo rules' verdict shows itself: the sync service at connect, credentials at sign-in. */
function verdictStage(error: MailSetupError): CheckStage {
  return error.kind === 'sync-service' ? 'connect' : 'authenticate';
}

/**
 * Runs the stages of a simulated check in order, reporting each (`running`, then
 * `passed`, `failed` or `skipped`) and waiting its time, so the UI sees a check
 * unfold as a real one would. A listener that throws cannot break the check.
 */
export async function runStagedCheck(plan: StagedCheckPlan): Promise<ConnectionCheckResult> {
  const { provider, signal } = plan;
  const finals: CheckStageReport[] = [];
  const report = (stage: CheckStage, state: CheckStageReport['state'], extra: { durationMs?: number; detail?: CheckStageDetail } = {}): void => {
    const entry: CheckStageReport = { stage, state, at: new Date().toISOString(), ...extra };
    if (state !== 'running') finals.push(entry);
    try {
      plan.onStage?.(structuredClone(entry));
    } catch (error) {
      if (typeof reportError === 'function') reportError(error);
    }
  };
  const failing = plan.fault && 'fail' in plan.fault ? plan.fault.fail : undefined;
  const failAt = failing?.stage ?? (plan.verdict ? verdictStage(plan.verdict) : undefined);
  const host = provider.type === 'exchange' ? (provider.serviceAddress.split(':')[0] ?? provider.serviceAddress) : provider.incoming.host;
  let rows = initialCheckStages(provider, plan.account ?? {});
  // A failure at a stage this provider does not run (a send failure for Exchange) still shows, at its place.
  if (failAt !== undefined && !rows.some((row) => row.stage === failAt)) rows = foldStageReport(rows, { stage: failAt, state: 'waiting', at: '' });
  for (const row of rows) {
    if (row.state === 'skipped') {
      report(row.stage, 'skipped');
      continue;
    }
    report(row.stage, 'running');
    if (plan.fault && 'hangAt' in plan.fault && plan.fault.hangAt === row.stage) await untilAborted(signal);
    await delay(plan.stageMs[row.stage] ?? 0, signal);
    // The simulated time, not the wall clock: a story or a test shows the same text on every run.
    const durationMs = plan.stageMs[row.stage] ?? 0;
    if (failAt === row.stage) {
      const error = failing
        ? new MailSetupError(failing.kind, `Simulated ${failing.rawCode}`, {
            stage: row.stage,
            rawCode: failing.rawCode,
            serverReply: failing.serverReply,
          })
        : new MailSetupError(plan.verdict!.kind, plan.verdict!.message, { ...plan.verdict!.details, stage: row.stage });
      const detail = failing ? { rawCode: failing.rawCode, serverReply: failing.serverReply } : undefined;
      report(row.stage, 'failed', { durationMs, ...(detail ? { detail } : {}) });
      throw error;
    }
    const detail = row.stage === 'tls' ? { certificate: demoCertificate(host) } : undefined;
    report(row.stage, 'passed', { durationMs, ...(detail ? { detail } : {}) });
  }
  return { checkedAt: new Date().toISOString(), stages: finals };
}

/** A plausible certificate for the demo: issued for the host, valid for another year. */
function demoCertificate(host: string): CheckStageDetail['certificate'] {
  const validTo = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  return { subject: `CN=${host}`, issuer: 'CN=Demo Issuing CA', validTo };
}
