import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { accountAttention, offersReauthorize, type MailAccount } from '../../model/index.js';
import { describeError } from '../../i18n/format.js';

/**
 * Why a mailbox needs attention, in words: the true status reason and what to
 * press, or — for a failure new credentials do not fix — what failed and what to
 * do. Null for a connected mailbox.
 */
export function attentionText(t: Messages, account: MailAccount): string | null {
  const attention = accountAttention(account);
  if (attention === null) return null;
  if (!attention.isStatusReason) {
    const problem = describeError(t, attention.reason);
    return `${problem.title} ${problem.action}`;
  }
  const reason = t.lifecycle.reasons[attention.reason as keyof Messages['lifecycle']['reasons']];
  return attention.action === null ? reason : `${reason} ${t.lifecycle.actionHints[attention.action]}`;
}

/**
 * The row's Sign in again (OAuth 2.0) or Change password (Basic) button, which
 * re-authorises the mailbox in place; nothing when the mailbox has no use for it.
 * Named after the row, as Edit and Delete are.
 */
export function reauthorizeButton(t: Messages, account: MailAccount, onReauthorize: (opener: HTMLElement) => void): TemplateResult | typeof nothing {
  const action = offersReauthorize(account);
  if (action === null) return nothing;
  return html`<button
    part="button reauthorize-button"
    type="button"
    data-action=${action}
    aria-label=${t.lifecycle.actionNames[action]({ address: account.email })}
    @click=${(e: Event) => onReauthorize(e.currentTarget as HTMLElement)}
  >
    ${t.lifecycle.actions[action]}
  </button>`;
}
