import type { WizardAction, WizardField, WizardState, WizardView } from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';
import { formatIssue } from '../../i18n/format.js';

/** Everything a step's template needs from the element. */
export interface StepContext {
  readonly t: Messages;
  readonly state: WizardState;
  readonly view: WizardView;
  readonly dispatch: (action: WizardAction) => void;
  /** Whether the adapter can run an OAuth 2.0 sign-in at all. */
  readonly canSignIn: boolean;
  readonly passwordVisible: boolean;
  readonly togglePassword: () => void;
  /** The recognised provider is shown alone until the user asks for the list. */
  readonly choosingOther: boolean;
  readonly chooseOther: () => void;
  /** The provider just created in the embedded form, to say so. */
  readonly addedProvider: string | null;
  readonly cancelSignIn: () => void;
  readonly cancelCheck: () => void;
  readonly addAnother: () => void;
  /** Done on the success step: the flow is over. */
  readonly done: () => void;
}

/** The text of a field's error, or null. `provider` and `signIn` have wizard-specific wording. */
export function fieldError(c: StepContext, field: WizardField): string | null {
  const issue = c.view.errors[field];
  if (!issue) return null;
  if (field === 'provider') return c.t.wizard.providerRequired;
  if (field === 'signIn') return c.t.wizard.signInRequired;
  return formatIssue(c.t, issue);
}
