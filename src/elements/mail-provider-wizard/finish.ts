import { html, nothing, type TemplateResult } from 'lit';
import { reauthorizeActionFor } from '../../model/index.js';
import type { StepContext } from './step-context.js';

/**
 * The success step's buttons: Done ends the flow (the host hears
 * `mail-wizard-done`); after adding, Add another starts over.
 */
export function renderFinishActions(c: StepContext): TemplateResult {
  return html`<div part="actions" class="actions">
    <button part="button primary-button" class="primary" type="button" id="done" @click=${c.done}>${c.t.lifecycle.done}</button>
    ${
      c.state.reauthorize
        ? nothing
        : html`<button part="button" type="button" id="add-another" @click=${c.addAnother}>${c.t.wizard.addAnother}</button>`
    }
  </div>`;
}

/** The success notice: added, or connected again with its settings unchanged. */
export function savedMessage(c: StepContext, address: string): string {
  return c.state.reauthorize ? c.t.lifecycle.reauthorized({ address }) : c.t.wizard.saved({ address });
}

/** The wizard's heading: Add mail account, or Sign in again / Change password for the mailbox. */
export function wizardTitle(c: Pick<StepContext, 't' | 'state'>): string {
  const account = c.state.reauthorize;
  return account ? c.t.lifecycle.reauthorizeTitle[reauthorizeActionFor(account)]({ address: account.email }) : c.t.wizard.title;
}

/**
 * The provider step, when the typed address is already added: offer to
 * reconnect that mailbox rather than fail at Save with "already added".
 */
export function renderExistingNotice(c: StepContext): TemplateResult | typeof nothing {
  const existing = c.state.existing;
  if (!existing || !c.state.providers.some((p) => p.id === existing.providerId)) return nothing;
  const action = reauthorizeActionFor(existing);
  return html`<div part="notice" class="notice info" role="note" id="existing-notice">
    <p>${c.t.lifecycle.alreadyAdded({ address: existing.email })}</p>
    <button part="button" type="button" id="reauthorize-existing" @click=${() => c.dispatch({ type: 'reauthorize-existing' })}>
      ${c.t.lifecycle.reauthorizeExisting[action]}
    </button>
  </div>`;
}
