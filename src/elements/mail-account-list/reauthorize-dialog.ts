import type { ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { MailAccountUpdatedEvent } from '../../events/account-events.js';
import type { ListFlowAction } from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';
import { reauthorizeActionFor, type MailAccount, type MailProvider } from '../../model/index.js';
import type { ListDialogs } from './dialog-host.js';
import { elementFor } from './lazy-elements.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Sign in again / Change password on a mailbox row (issue 11, item 1): the
 * list's wizard dialog, switched to re-authorising that mailbox in place.
 */
export class ReauthorizeDialog {
  /** The mailbox the wizard re-authorises, or null when it adds one. */
  private account: MailAccount | null = null;

  constructor(
    private readonly host: Host,
    private readonly dialogs: ListDialogs,
    private readonly dispatch: (action: ListFlowAction) => void,
  ) {}

  /** Opens the wizard on `account`; `known` is its provider when the list has it (else the adapter is asked). */
  async start(adapter: MailSetupAdapter, account: MailAccount, known: MailProvider | undefined, button: HTMLElement): Promise<void> {
    if (this.dialogs.open !== null) return;
    const provider = known ?? (await adapter.listProviders().catch(() => [])).find((p) => p.id === account.providerId);
    if (!provider) return;
    // The wizard loads on first use: it must be defined before it can be switched to re-authorising.
    await elementFor('wizard');
    // The wizard is rendered (in its closed dialog) and switched before the dialog opens, so focus lands on its credentials.
    this.account = account;
    this.dialogs.open = 'wizard';
    this.host.requestUpdate();
    await this.host.updateComplete;
    const wizard = this.host.renderRoot.querySelector('mail-provider-wizard');
    await wizard?.updateComplete;
    wizard?.reauthorize(account, provider);
    await this.dialogs.show('wizard', button);
  }

  /** The wizard re-authorised the mailbox: close, and show it. */
  updated(event: MailAccountUpdatedEvent): void {
    this.dialogs.close('wizard');
    this.dispatch({ type: 'account-reauthorized', account: event.detail.account });
  }

  /** The wizard's dialog closed: the next opening adds a mailbox. */
  closed(): void {
    this.account = null;
    this.host.requestUpdate();
  }

  /** The wizard's accessible name: Add mail account, or the re-authorisation's title. */
  title(t: Messages): string {
    const account = this.account;
    return account ? t.lifecycle.reauthorizeTitle[reauthorizeActionFor(account)]({ address: account.email }) : t.wizard.title;
  }
}
