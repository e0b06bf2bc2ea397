import type { ConnectionCheckRequest, MailAccount, MailAccountInput } from '../model/index.js';
import { diffJobs, type FlowEffects, type FlowFeedback } from './jobs.js';
import type { CheckFailureDetails, WizardAction, WizardState, WizardStep } from './wizard.js';
import { wizardAccountInput, wizardCheckRequest, wizardSignInRequest } from './wizard-view.js';

/** Adapter work the wizard asks for. `request` goes back in the result action. */
export type WizardEffect =
  | { readonly type: 'lookup'; readonly request: number; readonly domain: string }
  | { readonly type: 'sign-in'; readonly request: number; readonly payload: { providerId: string; email: string; login: string } }
  | { readonly type: 'check'; readonly request: number; readonly payload: ConnectionCheckRequest }
  /** `reauthorize`: the saved mailbox the payload re-authorises in place (see `reauthorizeMailbox`). */
  | { readonly type: 'save'; readonly request: number; readonly payload: MailAccountInput; readonly reauthorize?: MailAccount }
  /** R2's Retry: read the Exchange Listener's state again. */
  | { readonly type: 'sync'; readonly request: number };

export type WizardJob = WizardEffect['type'];

/** The request number each job is waiting for in a state. */
function pending(state: WizardState): Record<WizardJob, number | null> {
  return {
    lookup: state.lookup.status === 'loading' ? state.lookup.request : null,
    'sign-in': state.signIn.status === 'waiting' ? state.signIn.request : null,
    check: state.check.status === 'checking' ? state.check.request : null,
    save: state.save.status === 'saving' ? state.save.request : null,
    sync: state.syncRecheck.status === 'checking' ? state.syncRecheck.request : null,
  };
}

function effectFor(job: WizardJob, request: number, state: WizardState): WizardEffect | null {
  switch (job) {
    case 'lookup':
      return state.lookup.status === 'loading' ? { type: 'lookup', request, domain: state.lookup.domain } : null;
    case 'sign-in': {
      const payload = wizardSignInRequest(state);
      return payload ? { type: 'sign-in', request, payload } : null;
    }
    case 'check': {
      const payload = wizardCheckRequest(state);
      return payload ? { type: 'check', request, payload } : null;
    }
    case 'save': {
      const payload = wizardAccountInput(state);
      if (!payload) return null;
      return state.reauthorize ? { type: 'save', request, payload, reauthorize: state.reauthorize } : { type: 'save', request, payload };
    }
    case 'sync':
      return { type: 'sync', request };
  }
}

const JOBS: readonly WizardJob[] = ['lookup', 'sign-in', 'check', 'save', 'sync'];

/**
 * What a transition asks the element to do: the jobs to start (a request that
 * is pending now and was not before) and the jobs to abort (a request that was
 * pending and no longer is: Back, Cancel check, a reset).
 */
export function wizardEffects(prev: WizardState, next: WizardState): FlowEffects<WizardEffect> {
  return diffJobs(JOBS, pending(prev), pending(next), (job, request) => effectFor(job, request, next));
}

const FAILED = {
  lookup: 'lookup-failed',
  'sign-in': 'sign-in-failed',
  check: 'check-failed',
  save: 'save-failed',
  sync: 'sync-recheck-failed',
} as const;

/** The action that reports a job that failed with an adapter error of `kind`; a check keeps the server's words. */
export function wizardJobFailed(effect: WizardEffect, kind: string, details: CheckFailureDetails = {}): WizardAction {
  if (effect.type !== 'check') return { type: FAILED[effect.type], request: effect.request, kind };
  const words: CheckFailureDetails = {
    ...(details.stage === undefined ? {} : { stage: details.stage }),
    ...(typeof details.rawCode === 'string' ? { rawCode: details.rawCode } : {}),
    ...(typeof details.serverReply === 'string' ? { serverReply: details.serverReply } : {}),
  };
  return Object.keys(words).length > 0
    ? { type: 'check-failed', request: effect.request, kind, details: words }
    : { type: 'check-failed', request: effect.request, kind };
}

/** Named places focus goes to after a transition; the element maps them to its DOM. */
export type WizardFocus = 'step' | 'check-button-if-lost' | 'check-outcome' | 'save-outcome' | 'sync-notice';

export type WizardAnnouncement = { readonly type: 'step'; readonly step: WizardStep };

/**
 * Focus and announcement after a transition: a new step is announced and its
 * first field focused; a check's or a save's outcome takes focus so it is read.
 */
export function wizardFeedback(prev: WizardState, next: WizardState, action: WizardAction): FlowFeedback<WizardFocus, WizardAnnouncement> | null {
  if (prev.step !== next.step && action.type !== 'reset') return { focus: 'step', announce: { type: 'step', step: next.step } };
  switch (action.type) {
    case 'check-succeeded':
      // The Cancel check button is gone: keep keyboard users where they were.
      return { focus: 'check-button-if-lost' };
    case 'check-failed':
      return { focus: 'check-outcome' };
    case 'save-failed':
    case 'save-succeeded':
      return { focus: 'save-outcome' };
    case 'sync-rechecked':
    case 'sync-recheck-failed':
      // The Retry button may be gone (the service is back): say the outcome where it was.
      return { focus: 'sync-notice' };
    default:
      return null;
  }
}
