import type { MailAccount } from '../model/account.js';
import { mailEvent } from './mail-event.js';

/** The steps of `<mail-provider-wizard>`, in order. `provider-form` is the embedded new-provider form (R7). */
export type WizardStepName = 'email' | 'provider' | 'provider-form' | 'credentials' | 'check';

/** The wizard moved to another step (forward, Back, or a jump). */
export class MailWizardStepChangedEvent extends mailEvent('mail-wizard-step-changed', (from: WizardStepName, to: WizardStepName) => ({ from, to })) {}

/** The user left the wizard without saving (after confirming, when they had typed something). */
export class MailWizardCancelledEvent extends mailEvent('mail-wizard-cancelled', (step: WizardStepName) => ({ step })) {}

/**
 * The user pressed Done after the mailbox was saved (or re-authorised): the flow is
 * over, and the host closes whatever shows the wizard. The account carries no password.
 */
export class MailWizardDoneEvent extends mailEvent('mail-wizard-done', (account: MailAccount) => ({ account })) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-wizard-step-changed': MailWizardStepChangedEvent;
    'mail-wizard-cancelled': MailWizardCancelledEvent;
    'mail-wizard-done': MailWizardDoneEvent;
  }
}
