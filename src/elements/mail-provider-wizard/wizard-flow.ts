import type { ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import {
  initialWizardState,
  wizardEffects,
  wizardFeedback,
  wizardJobFailed,
  type WizardAction,
  type WizardAnnouncement,
  type WizardEffect,
  type WizardFocus,
  type WizardState,
} from '../../flows/index.js';
import { positive } from '../internal/converters.js';
import { DEFAULT_CALL_TIMEOUT_MS, FlowController, type FlowBindings } from '../internal/flow-controller.js';

/** How long a connection check may take unless the host sets `check-timeout`. */
export const DEFAULT_CHECK_TIMEOUT_MS = 30_000;

export type WizardFlow = FlowController<WizardState, WizardAction, WizardEffect, WizardFocus, WizardAnnouncement>;

/**
 * The wizard's flow (src/flows/wizard.ts) run for `host`: `reduce` is the
 * machine's reducer plus what the element does on a transition, `run` the adapter
 * work of a job. A check may take `timeouts().check` milliseconds, any other call
 * `timeouts().call` (the defaults when those are not positive numbers).
 */
export function createWizardFlow(
  host: ReactiveControllerHost,
  reduce: (state: WizardState, action: WizardAction) => WizardState,
  run: (effect: WizardEffect, adapter: MailSetupAdapter, signal: AbortSignal) => Promise<WizardAction>,
  timeouts: () => { readonly check: number; readonly call: number },
  bindings: FlowBindings<WizardFocus, WizardAnnouncement>,
): WizardFlow {
  return new FlowController(
    host,
    {
      reduce,
      effects: wizardEffects,
      feedback: wizardFeedback,
      run,
      failed: (effect, error) => wizardJobFailed(effect, error.kind, error.details),
      timeout: (effect) =>
        effect.type === 'check' ? positive(timeouts().check, DEFAULT_CHECK_TIMEOUT_MS) : positive(timeouts().call, DEFAULT_CALL_TIMEOUT_MS),
    },
    initialWizardState(),
    bindings,
  );
}
