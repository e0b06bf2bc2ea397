import { wizardView, type WizardAction, type WizardField, type WizardState, type WizardView } from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';
import { formatIssue } from '../../i18n/format.js';
import type { Advisory } from '../../model/index.js';
import type { DiagnosticMessages } from '../../i18n/diagnostics.js';
import type { WizardChecks } from './check-diagnostics.js';
import type { ProviderChoice } from './provider-choice.js';

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
  /** The search field and windowed list for many providers. */
  readonly providerChoice: ProviderChoice;
  /** The provider just created in the embedded form, to say so. */
  readonly addedProvider: string | null;
  readonly cancelSignIn: () => void;
  readonly cancelCheck: () => void;
  readonly addAnother: () => void;
  /** The running or last connection check's stages and diagnostics; null until the first check loads them. */
  readonly checks: WizardChecks | null;
  /** The protocol advisor's notes for the chosen provider, and their texts once loaded. */
  readonly advisories: readonly Advisory[];
  readonly diagnosticTexts: DiagnosticMessages | undefined;
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

/** What the element hands over to build a step context: the fields passed on as they are, and the rest. */
export interface StepContextSource extends Pick<
  StepContext,
  | 't'
  | 'state'
  | 'dispatch'
  | 'canSignIn'
  | 'passwordVisible'
  | 'togglePassword'
  | 'choosingOther'
  | 'chooseOther'
  | 'providerChoice'
  | 'addedProvider'
  | 'done'
> {
  readonly reset: () => void;
  /** Focuses the first match of `selector` once the element has rendered. */
  readonly focusAfterUpdate: (selector: string) => void;
  readonly diagnostics: WizardDiagnosticsContext;
}

/** The part of the step context about connection diagnostics and the advisor's notes. */
export type WizardDiagnosticsContext = Pick<StepContext, 'checks' | 'advisories' | 'diagnosticTexts'>;

/** The step context, with the step actions that also move focus where the user expects it. */
export function stepContext(s: StepContextSource): StepContext {
  return {
    ...s.diagnostics,
    t: s.t,
    state: s.state,
    view: wizardView(s.state),
    dispatch: s.dispatch,
    canSignIn: s.canSignIn,
    passwordVisible: s.passwordVisible,
    togglePassword: s.togglePassword,
    choosingOther: s.choosingOther,
    chooseOther: () => {
      s.chooseOther();
      s.focusAfterUpdate('#provider input:checked, #provider input');
    },
    providerChoice: s.providerChoice,
    addedProvider: s.addedProvider,
    cancelSignIn: () => {
      s.dispatch({ type: 'cancel-sign-in' });
      s.focusAfterUpdate('#sign-in');
    },
    cancelCheck: () => {
      s.dispatch({ type: 'cancel-check' });
      s.focusAfterUpdate('#check-button');
    },
    addAnother: () => {
      s.reset();
      s.focusAfterUpdate('#email');
    },
    done: s.done,
  };
}
