// What each entry point of the setup flow opens in the host's dialog: one of the
// library's elements, given the demo's adapter. This is all an embedding needs —
// create the element, set `adapter`, listen to its events. The elements follow
// the page's language through <html lang> and bring their own headings.

import '../src/define/mail-account-list.js';
import '../src/define/mail-provider-wizard.js';
import type { LitElement } from 'lit';
import type { MailSetupAdapter } from '../src/index.js';
import type { Messages } from './strings.js';

export interface EntryPointContext {
  readonly adapter: MailSetupAdapter;
  readonly messages: Messages;
  /** Closes the dialog. */
  close(): void;
}

export interface EntryPoint {
  /** The dialog's accessible name. */
  title(messages: Messages): string;
  /** Whether the dialog shows `title` as its heading: not when the element's own heading says the same. */
  showTitle: boolean;
  render(context: EntryPointContext): EntryPointContent;
}

export interface EntryPointContent {
  element: LitElement;
  /** Asked before the dialog's Close button or Escape closes it; false keeps it open. */
  canClose?: () => boolean | Promise<boolean>;
}

/** The wizard, whose own heading is "Add mail account". No `email` pre-fill: the user's own address is connected already. */
function wizard({ adapter, close }: EntryPointContext): EntryPointContent {
  const element = document.createElement('mail-provider-wizard');
  element.adapter = adapter;
  // Cancel and Escape (which ask first when something was typed) end the flow, and so
  // does Done on the success step; the page's counts follow the adapter (main.ts subscribes to it).
  element.addEventListener('mail-wizard-cancelled', close);
  element.addEventListener('mail-wizard-done', close);
  return {
    element,
    // The dialog's Close button is the host's, outside the wizard: the wizard asks, in its own words and dialog.
    canClose: () => element.requestClose(),
  };
}

/**
 * The user's mailboxes and, for administrators, the providers (R1). Its Add opens
 * the wizard in the list's own modal dialog, and its Edit and Delete dialogs are
 * its own too: nothing for the host to wire.
 */
function accountList(headingLevel: number) {
  return ({ adapter }: EntryPointContext): EntryPointContent => {
    const element = document.createElement('mail-account-list');
    element.adapter = adapter;
    element.headingLevel = headingLevel;
    return { element };
  };
}

export const entryPoints = {
  /** R3: Email tab → menu → New account. */
  newAccount: { title: (m) => m.addMailAccountTitle, showTitle: false, render: wizard },
  /** R3: Email tab → menu → Go to mailbox settings: a page of its own, so the list's sections sit below its title. */
  mailboxSettings: { title: (m) => m.mailboxSettingsTitle, showTitle: true, render: accountList(3) },
  /** R4: Profile → Mail accounts: the list, whose first heading is "Mail accounts". */
  mailAccounts: { title: (m) => m.mailAccountsTitle, showTitle: false, render: accountList(2) },
} satisfies Record<string, EntryPoint>;

export type EntryPointName = keyof typeof entryPoints;
