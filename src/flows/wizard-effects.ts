import type { ConnectionCheckRequest, MailAccountInput } from '../model/index.js';
import type { WizardState } from './wizard.js';
import { wizardAccountInput, wizardCheckRequest, wizardSignInRequest } from './wizard-view.js';

/** Adapter work the wizard asks for. `request` goes back in the result action. */
export type WizardEffect =
  | { readonly type: 'lookup'; readonly request: number; readonly domain: string }
  | { readonly type: 'sign-in'; readonly request: number; readonly payload: { providerId: string; email: string; login: string } }
  | { readonly type: 'check'; readonly request: number; readonly payload: ConnectionCheckRequest }
  | { readonly type: 'save'; readonly request: number; readonly payload: MailAccountInput };

export type WizardJob = WizardEffect['type'];

/** The request number each job is waiting for in a state. */
function pending(state: WizardState): Record<WizardJob, number | null> {
  return {
    lookup: state.lookup.status === 'loading' ? state.lookup.request : null,
    'sign-in': state.signIn.status === 'waiting' ? state.signIn.request : null,
    check: state.check.status === 'checking' ? state.check.request : null,
    save: state.save.status === 'saving' ? state.save.request : null,
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
      return payload ? { type: 'save', request, payload } : null;
    }
  }
}

const JOBS: readonly WizardJob[] = ['lookup', 'sign-in', 'check', 'save'];

/**
 * What a transition asks the element to do: the jobs to start (a request that
 * is pending now and was not before) and the jobs to abort (a request that was
 * pending and no longer is: Back, Cancel check, a reset).
 */
export function wizardEffects(prev: WizardState, next: WizardState): { start: WizardEffect[]; stop: WizardJob[] } {
  const before = pending(prev);
  const after = pending(next);
  const start: WizardEffect[] = [];
  const stop: WizardJob[] = [];
  for (const job of JOBS) {
    if (before[job] !== null && before[job] !== after[job]) stop.push(job);
    const request = after[job];
    if (request !== null && request !== before[job]) {
      const effect = effectFor(job, request, next);
      if (effect) start.push(effect);
    }
  }
  return { start, stop };
}
