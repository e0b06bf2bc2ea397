import { html, nothing, type TemplateResult } from 'lit';
import { renderFinishActions } from './finish.js';
import type { StepContext } from './step-context.js';

/** The step's buttons. The primary one submits the step's form, so Enter in a field presses it. */
export function renderActions(c: StepContext, cancel: (event: Event) => void): TemplateResult {
  const t = c.t;
  const { step, lookup, check, save } = c.state;
  if (save.status === 'saved') return renderFinishActions(c);
  const busy = c.view.busy;
  const back =
    step === 'email' || (step === 'credentials' && c.state.reauthorize)
      ? nothing
      : html`<button part="button" type="button" id="back" aria-disabled=${save.status === 'saving' ? 'true' : 'false'} @click=${() => c.dispatch({ type: 'back' })}>
          ${t.common.back}
        </button>`;
  const cancelButton = html`<button part="button" type="button" id="cancel" @click=${cancel}>${t.common.cancel}</button>`;
  if (step !== 'check') {
    const waiting = step === 'provider' && lookup.status !== 'done';
    return html`<div part="actions" class="actions">
      ${back}
      <button part="button primary-button" class="primary" type="submit" id="next" aria-disabled=${waiting ? 'true' : 'false'}>${t.common.next}</button>
      ${cancelButton}
    </div>`;
  }
  const checking = check.status === 'checking';
  const blocked = c.view.save === 'blocked';
  return html`<div part="actions" class="actions">
    ${back}
    <button part="button" type="button" id="check-button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => c.dispatch({ type: 'check' })}>
      ${t.wizard.checkConnection}
    </button>
    ${checking ? html`<button part="button" type="button" id="cancel-check" @click=${c.cancelCheck}>${t.wizard.cancelCheck}</button>` : nothing}
    <button
      part="button primary-button"
      class="primary"
      type="submit"
      id="save"
      aria-disabled=${busy || blocked ? 'true' : 'false'}
      aria-describedby=${blocked ? 'sync-notice' : nothing}
    >
      ${save.status === 'saving' ? t.common.saving : c.state.reauthorize ? t.lifecycle.reauthorizeSave : t.common.save}
    </button>
    ${cancelButton}
  </div>`;
}
