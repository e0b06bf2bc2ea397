import type { ReactiveControllerHost } from 'lit';
import type { MailSetupChange } from '../../adapter/adapter.js';
import {
  initialListFlowState,
  listEffects,
  listFeedback,
  listJobFailed,
  type ListAnnouncement,
  type ListEffect,
  type ListFlowAction,
  type ListFlowState,
  type ListFocus,
} from '../../flows/index.js';
import { DEFAULT_CALL_TIMEOUT_MS, FlowController, type FlowBindings } from '../internal/flow-controller.js';
import { positive } from '../internal/converters.js';
import { runListEffect } from './run-effect.js';

export type ListFlow = FlowController<ListFlowState, ListFlowAction, ListEffect, ListFocus, ListAnnouncement>;

/**
 * The list's flow (src/flows/account-list-flow.ts) run for `host`: `reduce` is the
 * flow's reducer plus what the element does on a transition; every adapter call
 * may take `callTimeout()` milliseconds (the default when that is not a positive number).
 */
export function createListFlow(
  host: ReactiveControllerHost,
  reduce: (state: ListFlowState, action: ListFlowAction) => ListFlowState,
  callTimeout: () => number,
  bindings: FlowBindings<ListFocus, ListAnnouncement>,
): ListFlow {
  return new FlowController(
    host,
    {
      reduce,
      effects: listEffects,
      feedback: listFeedback,
      run: runListEffect,
      failed: (effect, error) => listJobFailed(effect, error.kind, error.details),
      timeout: () => positive(callTimeout(), DEFAULT_CALL_TIMEOUT_MS),
    },
    initialListFlowState(),
    bindings,
  );
}

function changeKey(change: MailSetupChange): string {
  return change.entity === 'all' ? 'all' : `${change.entity}:${change.op}:${change.id}`;
}

/**
 * Change notifications from the adapter, reloaded once per burst (one task).
 * A burst made only of writes this list already shows (its own deletes and
 * saves, the wizard's and the form's inside it) reloads nothing.
 */
export class ChangeBatch {
  private pending: MailSetupChange[] = [];
  private readonly known = new Set<string>();

  constructor(private readonly reload: () => void) {}

  /** A write the list applied from an answer or an event it handled. */
  applied(change: MailSetupChange): void {
    this.known.add(changeKey(change));
  }

  readonly heard = (change: MailSetupChange): void => {
    if (this.pending.push(change) > 1) return;
    setTimeout(() => {
      const news = this.pending.some((heard) => !this.known.has(changeKey(heard)));
      this.pending = [];
      this.known.clear();
      if (news) this.reload();
    });
  };
}
