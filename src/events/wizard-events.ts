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

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-wizard-step-changed': MailWizardStepChangedEvent;
    'mail-wizard-cancelled': MailWizardCancelledEvent;
  }
}
