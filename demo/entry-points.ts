// What each entry point of the setup flow opens in its dialog. Today each one
// renders an honest placeholder; when an element ships, import its tag and
// change one `render`, e.g. for the account list:
//
//   import '../src/define/mail-account-list.js';
//   render: (ctx) => Object.assign(document.createElement('mail-account-list'), { adapter: ctx.adapter }),
//
// The context's helpers answer the element's events: `mail-account-add` →
// `ctx.addAccount(...)`, `mail-wizard-cancelled` → `ctx.close()`.

import type { InMemoryAdapter } from '../src/adapter/index.js';
import { accountListPlaceholder, wizardPlaceholder } from './placeholders.js';
import type { Locale, Messages } from './strings.js';

export interface EntryPointContext {
  readonly adapter: InMemoryAdapter;
  readonly locale: Locale;
  /** Aborts when the dialog closes: cancel loads, drop subscriptions. */
  readonly signal: AbortSignal;
  /** Starts the add-account flow on top of this dialog (what Add does); focus returns to `opener`. */
  addAccount(opener: HTMLElement): void;
  /** Closes this dialog (what a finished or cancelled flow does). */
  close(): void;
}

export interface EntryPoint {
  title(messages: Messages): string;
  render(context: EntryPointContext): Node;
}

export const entryPoints = {
  /** R3: Email tab → menu → New account. Later: <mail-provider-wizard>. */
  newAccount: { title: (m) => m.addMailAccountTitle, render: wizardPlaceholder },
  /** R3: Email tab → menu → Go to mailbox settings: the mailboxes, with Add. Later: <mail-account-list>. */
  mailboxSettings: { title: (m) => m.mailboxSettingsTitle, render: accountListPlaceholder },
  /** R4: Profile → Mail accounts: the same list, with Add. Later: <mail-account-list>. */
  mailAccounts: { title: (m) => m.mailAccountsTitle, render: accountListPlaceholder },
} satisfies Record<string, EntryPoint>;

export type EntryPointName = keyof typeof entryPoints;
