import { html, nothing, type TemplateResult } from 'lit';
import type { SectionLoad } from '../../flows/account-list.js';
import { pagingComplete, type AccountPaging } from '../../flows/account-paging.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailAccount, MailProvider } from '../../model/index.js';
import type { ListWindow } from './list-window.js';
import { filterField, shownCount } from '../internal/shown-count.js';
import { attentionText, reauthorizeButton } from './attention.js';
import { heading, problemNotice, rowActions } from './parts.js';
import { windowedList } from './windowed-list.js';

/** Everything the Mail accounts section needs from the element. */
export interface AccountSectionContext {
  readonly t: Messages;
  readonly headingLevel: number;
  readonly load: SectionLoad<MailAccount>;
  /** A reload is under way while rows are shown. */
  readonly busy: boolean;
  /** The mailboxes that pass the filter. */
  readonly shown: readonly MailAccount[];
  readonly query: string;
  readonly providers: ReadonlyMap<string, MailProvider>;
  /** Paging of the mailboxes (null when all came at once): counts then cover the loaded ones, and a failed page offers Retry. */
  readonly paging: AccountPaging | null;
  /** Why provider names are missing (an adapter error kind), when no providers section says so. */
  readonly providersFailedKind: string | null;
  /** The last failed delete: what failed and the adapter error kind, shown above the list with Retry. */
  readonly failedDelete: { readonly what: string; readonly kind: string } | null;
  readonly onRetryDelete: () => void;
  readonly window: ListWindow;
  readonly onAdd: (event: Event) => void;
  readonly onFilter: (query: string) => void;
  readonly onRetry: () => void;
  readonly onRetryProviders: () => void;
  readonly onEdit: (account: MailAccount, button: HTMLElement) => void;
  /** Check connection on a saved mailbox (B1). */
  readonly onCheck: (account: MailAccount, button: HTMLElement) => void;
  readonly onDelete: (account: MailAccount, button: HTMLElement) => void;
  /** Sign in again / Change password: re-authorise the mailbox in place. */
  readonly onReauthorize: (account: MailAccount, button: HTMLElement) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

function delivery(t: Messages, account: MailAccount): string {
  if (account.loadEmails && account.sendEmails) return t.list.delivery.both;
  if (account.loadEmails) return t.list.delivery.load;
  return account.sendEmails ? t.list.delivery.send : t.list.delivery.none;
}

const dot = html`<span class="separator" aria-hidden="true">·</span>`;

function row(c: AccountSectionContext, account: MailAccount): TemplateResult {
  const t = c.t;
  const providerName = c.providers.get(account.providerId)?.name ?? t.list.unknownProvider;
  const why = attentionText(t, account);
  return html`<div class="cells">
      <div class="line">
        <span part="cell address" class="title" id=${`address-${account.id}`}>${account.email}</span>
        <span part="badge status-badge" class="badge ${account.status}">${t.list.statuses[account.status]}</span>
        ${account.isDefault ? html`<span part="badge" class="badge plain">${t.list.isDefault}</span>` : nothing}
        ${account.isShared ? html`<span part="badge" class="badge plain">${t.list.isShared}</span>` : nothing}
      </div>
      <div class="line secondary">
        <span part="cell provider">${t.list.providerOf({ name: providerName })}</span>${dot}
        <span part="cell login">${t.list.loginOf({ login: account.login })}</span>${dot}
        <span part="cell delivery">${delivery(t, account)}</span>
      </div>
      ${why === null ? nothing : html`<div class="line reason"><span part="cell reason" title=${why}>${why}</span></div>`}
    </div>
    ${rowActions(t, {
      before: reauthorizeButton(t, account, (opener) => c.onReauthorize(account, opener)),
      editLabel: t.list.editAccount({ address: account.email }),
      deleteLabel: t.list.deleteAccount({ address: account.email }),
      onEdit: (opener) => c.onEdit(account, opener),
      onDelete: (opener) => c.onDelete(account, opener),
      first: html`<button part="button" type="button" data-action="check" aria-describedby=${`address-${account.id}`} @click=${(e: Event) => c.onCheck(account, e.currentTarget as HTMLElement)}>
        ${t.wizard.checkConnection}
      </button>`,
    })}`;
}

/** "Showing 20 of the first 500 — loading more…": counts of what is loaded while the adapter has more pages. */
function partialCount(c: AccountSectionContext, loaded: number): TemplateResult {
  const t = c.t;
  const more = c.paging?.failedKind ? nothing : html` — ${c.paging?.request === null ? t.list.moreOnScroll : t.list.loadingMore}`;
  return html`<p part="count" class="count" role="status" aria-live="polite">${t.list.shownOfLoaded({ shown: c.shown.length, loaded })}${more}</p>`;
}

function body(c: AccountSectionContext): TemplateResult {
  const t = c.t;
  if (c.load.status === 'loading') return html`<p class="loading" role="status">${t.list.loadingAccounts}</p>`;
  if (c.load.status === 'failed') return problemNotice(t, t.list.accountsFailed, c.load.kind, c.onRetry);
  const total = c.load.items.length;
  if (total === 0) {
    return html`<div part="empty" class="empty"><p>${t.list.empty}</p></div>`;
  }
  return html`<div part="filter" class="filter">
      <div class="field">
        ${filterField({
          id: 'filter',
          label: t.list.filter,
          value: c.query,
          type: 'text',
          part: 'input filter-input',
          describedBy: 'filter-help',
          onInput: c.onFilter,
        })}
        <p part="help" class="help" id="filter-help">${t.list.filterHelp}</p>
      </div>
    </div>
    ${pagingComplete(c.paging) ? shownCount(t, c.shown.length, total, c.query) : partialCount(c, total)}
    ${c.paging?.failedKind ? problemNotice(t, t.list.moreFailed, c.paging.failedKind, c.onRetry) : nothing}
    ${
      c.shown.length === 0
        ? nothing
        : windowedList({
            viewportClass: 'accounts-viewport',
            id: 'accounts-list',
            label: t.list.accountsTitle,
            items: c.shown,
            // While pages remain, how many mailboxes there are is not known (ARIA: -1).
            setSize: pagingComplete(c.paging) ? c.shown.length : -1,
            window: c.window,
            key: (account) => account.id,
            row: (account) => row(c, account),
            onKeydown: c.onKeydown,
          })
    }`;
}

/** The Mail accounts section: heading, Add, filter, count and the windowed rows (R3, R4, B9). */
export function accountSection(c: AccountSectionContext): TemplateResult {
  const t = c.t;
  // A further page under way counts too: the list is still loading.
  const loading = c.load.status === 'loading' || c.busy || (c.paging !== null && c.paging.request !== null);
  return html`<section part="section accounts-section" aria-labelledby="accounts-heading" aria-busy=${loading ? 'true' : 'false'}>
    <div class="section-header">
      ${heading('accounts-heading', c.headingLevel, t.list.accountsTitle)}
      <button part="button primary-button" class="primary" type="button" id="add" @click=${c.onAdd}>${t.common.add}</button>
    </div>
    ${c.failedDelete ? problemNotice(t, c.failedDelete.what, c.failedDelete.kind, c.onRetryDelete) : nothing}
    ${c.providersFailedKind === null ? nothing : problemNotice(t, t.list.providersFailed, c.providersFailedKind, c.onRetryProviders)} ${body(c)}
  </section>`;
}
