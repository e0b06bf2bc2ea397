// Stand-ins for the library's elements until they ship. They say what the
// finished flow will do and show the adapter's live data, so the page is real.

import type { MailAccount, MailProvider } from '../src/model/index.js';
import { h } from './dom.js';
import type { EntryPointContext } from './entry-points.js';
import { statusLabel, t } from './strings.js';

/** Stands in for <mail-provider-wizard> (R5–R14). */
export function wizardPlaceholder(context: EntryPointContext): Node {
  const m = t(context.locale);
  const providers = h('p', {}, m.loading);
  context.adapter
    .listProviders({ signal: context.signal })
    .then((list) => (providers.textContent = m.providersSetUp(list.map((provider) => provider.name))))
    .catch((error: unknown) => {
      if (!context.signal.aborted) console.warn('demo: listing providers failed', error);
    });
  return h(
    'div',
    { class: 'placeholder' },
    placeholderNote(m.placeholder, m.wizardComing),
    providers,
    accessNotes(context),
  );
}

/** Stands in for <mail-account-list>: the user's mailboxes, with Add (R3, R4). */
export function accountListPlaceholder(context: EntryPointContext): Node {
  const m = t(context.locale);
  const addButton = h('button', { type: 'button', class: 'button button--primary' }, m.add);
  addButton.addEventListener('click', () => context.addAccount(addButton));

  const rows = h('tbody');
  const table = h(
    'table',
    { class: 'data-table', 'aria-busy': 'true' },
    h('caption', { class: 'visually-hidden' }, m.mailAccountsTitle),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, m.columnAddress),
        h('th', { scope: 'col' }, m.columnProvider),
        h('th', { scope: 'col' }, m.columnStatus),
      ),
    ),
    rows,
  );
  const showMessage = (text: string, kind = ''): void => {
    rows.replaceChildren(h('tr', {}, h('td', { colspan: '3', class: `data-table__message ${kind}` }, text)));
  };
  showMessage(m.loading);

  let latestLoad = 0;
  async function load(): Promise<void> {
    const thisLoad = ++latestLoad;
    table.setAttribute('aria-busy', 'true');
    try {
      const [accounts, providers] = await Promise.all([
        context.adapter.listAccounts({ signal: context.signal }),
        context.adapter.listProviders({ signal: context.signal }),
      ]);
      if (thisLoad !== latestLoad) return; // a newer load is on its way
      if (accounts.length === 0) showMessage(m.noMailboxes);
      else rows.replaceChildren(...accounts.map((account) => accountRow(context, account, providers)));
    } catch (error) {
      if (context.signal.aborted) return;
      console.warn('demo: listing mailboxes failed', error);
      showMessage(m.loadFailed, 'is-error');
    } finally {
      table.setAttribute('aria-busy', 'false');
    }
  }

  void load();
  const unsubscribe = context.adapter.subscribe(() => void load());
  context.signal.addEventListener('abort', unsubscribe, { once: true });

  return h(
    'div',
    { class: 'placeholder' },
    placeholderNote(m.placeholder, m.listComing),
    h('div', { class: 'toolbar' }, addButton),
    h('div', { class: 'table-scroll' }, table),
    accessNotes(context),
  );
}

function accountRow(context: EntryPointContext, account: MailAccount, providers: MailProvider[]): HTMLTableRowElement {
  const provider = providers.find((each) => each.id === account.providerId);
  return h(
    'tr',
    {},
    h('td', {}, h('span', { class: 'address' }, account.email)),
    h('td', {}, provider?.name ?? t(context.locale).unknownProvider),
    h(
      'td',
      {},
      h('span', { class: `status-pill status-pill--${account.status}` }, statusLabel(context.locale, account.status)),
    ),
  );
}

function placeholderNote(badge: string, text: string): HTMLElement {
  return h('p', { class: 'placeholder__note' }, h('span', { class: 'badge' }, badge), ' ', text);
}

/** What the flow will depend on, read live from the adapter (R1, R2). */
function accessNotes(context: EntryPointContext): HTMLElement {
  const m = t(context.locale);
  const list = h('ul', { class: 'access-notes' }, h('li', {}, m.loading));

  async function load(): Promise<void> {
    try {
      const [permissions, sync] = await Promise.all([
        context.adapter.getPermissions({ signal: context.signal }),
        context.adapter.getSyncServiceStatus({ signal: context.signal }),
      ]);
      const admin = permissions.canManageAdministration;
      const syncText = {
        ok: m.exchangeListenerOk,
        'not-configured': m.exchangeListenerMissing,
        unreachable: m.exchangeListenerDown,
      }[sync.state];
      list.replaceChildren(
        h('li', { class: admin ? 'is-ok' : 'is-info' }, admin ? m.canManageProviders : m.cannotManageProviders),
        h('li', { class: sync.state === 'ok' ? 'is-ok' : 'is-warning' }, syncText),
      );
    } catch (error) {
      if (!context.signal.aborted) console.warn('demo: reading permissions failed', error);
    }
  }

  void load();
  return list;
}
