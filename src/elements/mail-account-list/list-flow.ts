import type { ReactiveControllerHost } from 'lit';
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
      timeout: () => {
        const ms = callTimeout();
        return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_CALL_TIMEOUT_MS;
      },
    },
    initialListFlowState(),
    bindings,
  );
}
