import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from './step-context.js';

/**
 * R2: the chosen Exchange provider depends on the Exchange Listener, which is not
 * running. Says what is wrong, what to do, and whether saving waits for it.
 */
export function syncNotice(c: StepContext): TemplateResult | typeof nothing {
  const problem = c.view.syncProblem;
  if (problem === null) return nothing;
  const text = problem === 'not-configured' ? c.t.syncService.notConfigured : c.t.syncService.unreachable;
  // Someone adding a mailbox to an existing provider sets nothing up: tell them what to ask for.
  const action = problem === 'not-configured' && !c.state.canManageAdministration ? c.t.lifecycle.syncNotConfiguredUser : text.action;
  const checking = c.state.syncRecheck.status === 'checking';
  return html`<div part="notice warning" class="notice warning" role="note" id="sync-notice" tabindex="-1">
    <strong>${text.title}</strong> ${action}
    ${c.state.requireSyncService ? c.t.wizard.syncBlocksSave : c.t.wizard.syncDoesNotBlock}
    <button part="button" type="button" id="sync-retry" aria-disabled=${checking ? 'true' : 'false'} @click=${() => c.dispatch({ type: 'retry-sync' })}>
      ${checking ? c.t.syncService.checking : c.t.common.retry}
    </button>
  </div>`;
}
