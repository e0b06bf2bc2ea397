import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { ConnectionCheckRequest, MailAccount, MailProvider } from '../../model/index.js';
import { CheckDiagnostics } from '../internal/check-diagnostics.js';
import { checkProblem, renderCheckStages, renderCheckTools } from '../internal/check-stages-view.js';

/** The request that re-checks a saved mailbox with what is stored: its password (`keep`) or its grant. */
export function savedMailboxCheckRequest(account: MailAccount): ConnectionCheckRequest {
  const auth: ConnectionCheckRequest['auth'] =
    account.auth.method === 'basic' ? { method: 'basic', password: { action: 'keep' } } : { method: 'oauth2', grantRef: account.auth.grantRef ?? '' };
  return { providerId: account.providerId, email: account.email, login: account.login, auth, accountId: account.id };
}

/**
 * **Check connection** on a saved mailbox (B1): runs the adapter's staged check
 * and shows it in the list's check dialog — the Connection check list, the
 * outcome with cause and fix, Copy diagnostics, and Cancel check while it runs.
 */
export class ListCheck extends CheckDiagnostics {
  account: MailAccount | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly list: ReactiveControllerHost & HTMLElement,
    locale: () => Locale,
  ) {
    super(list, locale);
  }

  start(adapter: MailSetupAdapter, account: MailAccount, provider: MailProvider | undefined): void {
    this.stop();
    this.account = account;
    const abort = (this.abort = new AbortController());
    this.check(adapter, savedMailboxCheckRequest(account), provider, abort.signal, account).then(
      () => this.finished(abort),
      () => this.finished(abort),
    );
  }

  /** Stops a running check (Cancel check, or the dialog closed). */
  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.progress.cancel();
  }

  private finished(abort: AbortController): void {
    if (this.abort === abort) this.abort = null;
    this.list.requestUpdate();
  }

  /** The dialog's content; `close` closes the dialog. */
  render(t: Messages, close: () => void): TemplateResult | typeof nothing {
    const account = this.account;
    if (!account) return nothing;
    const { phase, diagnosis } = this.progress;
    const outcome =
      phase === 'running'
        ? html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t.wizard.checking}</p>`
        : phase === 'passed'
          ? html`<p class="success status-text" id="list-check-outcome">${t.wizard.connectionOk}</p>`
          : phase === 'cancelled'
            ? html`<p class="notice info" id="list-check-outcome">${t.wizard.checkCancelled}</p>`
            : diagnosis
              ? html`<div part="notice error" class="notice danger" role="alert" id="list-check-outcome">
                  <strong>${checkProblem(t, this.progress.messages, diagnosis).title}</strong> ${checkProblem(t, this.progress.messages, diagnosis).action}
                </div>`
              : nothing;
    return html`<div class="check-dialog">
      <div part="heading" class="heading" role="heading" aria-level="2" id="check-title">${t.diagnostics.checkAccountTitle({ address: account.email })}</div>
      ${this.progress.announcer.render()} ${renderCheckStages(this.progress)}
      <div class="outcome" aria-live="polite">${outcome}</div>
      ${renderCheckTools(this.progress, { copy: () => void this.copy(t, []), manualCopy: this.manualCopy })}
      <div part="actions" class="actions">
        ${
          phase === 'running'
            ? html`<button part="button" type="button" id="list-cancel-check" @click=${() => this.stop()}>${t.wizard.cancelCheck}</button>`
            : nothing
        }
        <button part="button primary-button" class="primary" type="button" id="list-check-close" @click=${close}>${t.common.close}</button>
      </div>
    </div>`;
  }
}
