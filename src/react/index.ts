/**
 * React wrappers (`mail-provider-elements/react`), made with `@lit/react`:
 * properties become props and every event a typed `on…` prop. Importing this
 * module registers the three elements.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MailAccountList as MailAccountListElement } from '../elements/mail-account-list/mail-account-list.js';
import { MailProviderWizard as MailProviderWizardElement } from '../elements/mail-provider-wizard/mail-provider-wizard.js';
import { ProviderSettingsForm as ProviderSettingsFormElement } from '../elements/provider-settings-form/provider-settings-form.js';

ProviderSettingsFormElement.define();
MailProviderWizardElement.define();
MailAccountListElement.define();

/** `mail-account-created` → `MailAccountCreated`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The library's own events (all named `mail-…`). */
type MailEventName = Extract<keyof GlobalEventHandlersEventMap, `mail-${string}`>;

/** One `on…` prop per event name, typed with the event class the global event map gives it. */
type EventProps<N extends MailEventName> = {
  [K in N as `on${Pascal<K>}`]: EventName<GlobalEventHandlersEventMap[K]>;
};

/** A wrapper whose events are named once: each name becomes its `on…` prop with its event's type. */
function wrap<E extends HTMLElement, N extends MailEventName>(
  tagName: string,
  elementClass: new () => E,
  displayName: string,
  eventNames: readonly N[],
) {
  const events = Object.fromEntries(
    eventNames.map((name) => [`on${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`, name]),
  ) as unknown as EventProps<N>;
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

/** `<provider-settings-form>` for React. */
export const ProviderSettingsForm = wrap('provider-settings-form', ProviderSettingsFormElement, 'ProviderSettingsForm', [
  'mail-provider-saved',
  'mail-provider-form-cancelled',
]);

/** `<mail-provider-wizard>` for React. */
export const MailProviderWizard = wrap('mail-provider-wizard', MailProviderWizardElement, 'MailProviderWizard', [
  'mail-account-created',
  'mail-account-updated',
  'mail-wizard-cancelled',
  'mail-wizard-done',

  'mail-wizard-step-changed',
  'mail-provider-saved',
]);

/** `<mail-account-list>` for React. */
export const MailAccountList = wrap('mail-account-list', MailAccountListElement, 'MailAccountList', [
  'mail-account-add',
  'mail-account-created',
  'mail-account-updated',
  'mail-account-delete',
  'mail-account-deleted',
  'mail-provider-delete',
  'mail-provider-deleted',
  'mail-provider-saved',
]);
