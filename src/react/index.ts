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
import type {
  MailAccountAddEvent,
  MailAccountCreatedEvent,
  MailAccountDeletedEvent,
  MailAccountDeleteEvent,
  MailAccountUpdatedEvent,
} from '../events/account-events.js';
import type {
  MailProviderDeletedEvent,
  MailProviderDeleteEvent,
  MailProviderFormCancelledEvent,
  MailProviderSavedEvent,
} from '../events/provider-events.js';
import type { MailWizardCancelledEvent, MailWizardDoneEvent, MailWizardStepChangedEvent } from '../events/wizard-events.js';

ProviderSettingsFormElement.define();
MailProviderWizardElement.define();
MailAccountListElement.define();

/** `<provider-settings-form>` for React. */
export const ProviderSettingsForm = createComponent({
  react: React,
  tagName: 'provider-settings-form',
  elementClass: ProviderSettingsFormElement,
  events: {
    onMailProviderSaved: 'mail-provider-saved' as EventName<MailProviderSavedEvent>,
    onMailProviderFormCancelled: 'mail-provider-form-cancelled' as EventName<MailProviderFormCancelledEvent>,
  },
  displayName: 'ProviderSettingsForm',
});

/** `<mail-provider-wizard>` for React. */
export const MailProviderWizard = createComponent({
  react: React,
  tagName: 'mail-provider-wizard',
  elementClass: MailProviderWizardElement,
  events: {
    onMailAccountCreated: 'mail-account-created' as EventName<MailAccountCreatedEvent>,
    onMailAccountUpdated: 'mail-account-updated' as EventName<MailAccountUpdatedEvent>,
    onMailWizardCancelled: 'mail-wizard-cancelled' as EventName<MailWizardCancelledEvent>,
    onMailWizardDone: 'mail-wizard-done' as EventName<MailWizardDoneEvent>,
    onMailWizardStepChanged: 'mail-wizard-step-changed' as EventName<MailWizardStepChangedEvent>,
    onMailProviderSaved: 'mail-provider-saved' as EventName<MailProviderSavedEvent>,
  },
  displayName: 'MailProviderWizard',
});

/** `<mail-account-list>` for React. */
export const MailAccountList = createComponent({
  react: React,
  tagName: 'mail-account-list',
  elementClass: MailAccountListElement,
  events: {
    onMailAccountAdd: 'mail-account-add' as EventName<MailAccountAddEvent>,
    onMailAccountCreated: 'mail-account-created' as EventName<MailAccountCreatedEvent>,
    onMailAccountUpdated: 'mail-account-updated' as EventName<MailAccountUpdatedEvent>,
    onMailAccountDelete: 'mail-account-delete' as EventName<MailAccountDeleteEvent>,
    onMailAccountDeleted: 'mail-account-deleted' as EventName<MailAccountDeletedEvent>,
    onMailProviderDelete: 'mail-provider-delete' as EventName<MailProviderDeleteEvent>,
    onMailProviderDeleted: 'mail-provider-deleted' as EventName<MailProviderDeletedEvent>,
    onMailProviderSaved: 'mail-provider-saved' as EventName<MailProviderSavedEvent>,
  },
  displayName: 'MailAccountList',
});
