import { html, nothing, type TemplateResult } from 'lit';
import { isStaleVersion } from '../../flows/provider-form.js';
import type { ProviderFormSession } from '../../flows/provider-form-session.js';
import { describeError } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * The notices above the form's fields: read-only without the right (R1), the
 * Exchange Listener's state for Exchange (R2), and a failed save with, when
 * someone else changed the provider meanwhile, Reload.
 */
export function formNotices(t: Messages, session: ProviderFormSession, reload: () => void): TemplateResult | typeof nothing {
  const notices: TemplateResult[] = [];
  const form = session.form;
  if (session.canManageAdministration === false) {
    notices.push(html`<div part="notice" class="notice info" role="note" id="read-only-notice">${t.access.cannotManageProviders}</div>`);
  }
  const sync = session.syncState ?? undefined;
  if (form.draft.type === 'exchange' && sync !== undefined && sync !== 'ok') {
    const problem = sync === 'not-configured' ? t.syncService.notConfigured : t.syncService.unreachable;
    notices.push(html`<div part="notice" class="notice warning" role="note" id="sync-notice">
      <strong>${problem.title}</strong> ${problem.action}
    </div>`);
  }
  const failure = form.saveFailure;
  if (failure) {
    // Changed elsewhere: say so and offer the latest version; the draft stays as typed.
    const stale = isStaleVersion(failure);
    const problem = stale ? t.common.staleVersion : describeError(t, failure.kind);
    notices.push(html`<div part="notice" class="notice danger" role="alert" id="save-failure" tabindex="-1">
      <strong>${problem.title}</strong> ${problem.action}
      ${stale ? html`<button part="button" type="button" id="reload" @click=${reload}>${t.common.reload}</button>` : nothing}
    </div>`);
  }
  return notices.length === 0 ? nothing : html`${notices}`;
}
