import type { MailAccount } from '../model/account.js';
import { MailEvent } from './mail-event.js';

/** The steps of `<mail-provider-wizard>`, in order. `provider-form` is the embedded new-provider form (R7). */
export type WizardStepName = 'email' | 'provider' | 'provider-form' | 'credentials' | 'check';

/** The wizard moved to another step (forward, Back, or a jump). */
export class MailWizardStepChangedEvent extends MailEvent<{ from: WizardStepName; to: WizardStepName }> {
  static readonly eventName = 'mail-wizard-step-changed';
  constructor(from: WizardStepName, to: WizardStepName) {
    super(MailWizardStepChangedEvent.eventName, { from, to });
  }
}

/** The user left the wizard without saving (after confirming, when they had typed something). */
export class MailWizardCancelledEvent extends MailEvent<{ step: WizardStepName }> {
  static readonly eventName = 'mail-wizard-cancelled';
  constructor(step: WizardStepName) {
    super(MailWizardCancelledEvent.eventName, { step });
  }
}

/**
 * The user pressed Done after the mailbox was saved (or re-authorised): the flow is
 * over, and the host closes whatever shows the wizard. The account carries no password.
 */
export class MailWizardDoneEvent extends MailEvent<{ account: MailAccount }> {
  static readonly eventName = 'mail-wizard-done';
  constructor(account: MailAccount) {
    super(MailWizardDoneEvent.eventName, { account });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-wizard-step-changed': MailWizardStepChangedEvent;
    'mail-wizard-cancelled': MailWizardCancelledEvent;
    'mail-wizard-done': MailWizardDoneEvent;
  }
}
