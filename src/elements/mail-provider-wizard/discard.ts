import type { WizardStep } from '../../flows/index.js';
import { confirmWithDialog } from '../internal/confirm.js';

/** What the discard guard reads from and does to the wizard. */
export interface DiscardHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Whether anything typed would be lost. */
  readonly dirty: boolean;
  readonly step: WizardStep;
}

/**
 * Cancel and Escape (B2): asks through the wizard's discard dialog before what
 * was typed is lost. Escape in the embedded provider form leaves only the form.
 */
export class WizardDiscard {
  constructor(
    private readonly host: DiscardHost,
    private readonly actions: {
      /** Back from the embedded form to the provider step, the email kept. */
      readonly leaveForm: () => void;
      /** Starts over and tells the host the wizard was cancelled at `step`. */
      readonly cancelled: (step: WizardStep) => void;
    },
  ) {
    host.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Asks before discarding typed input, then cancels. Resolves whether it did. */
  async cancel(returnFocus: HTMLElement | null): Promise<boolean> {
    const dialog = this.dialog;
    if (dialog?.open) return false;
    if (this.host.dirty && !(dialog && (await confirmWithDialog(dialog, returnFocus)))) return false;
    this.actions.cancelled(this.host.step);
    return true;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // A dialog inside the wizard (ours, or the embedded form's) handles its own
    // Escape; a dialog the wizard itself sits in (a host's modal) does not count.
    const path = event.composedPath();
    const inside = path.slice(0, path.indexOf(this.host));
    if (inside.some((node) => node instanceof HTMLDialogElement)) return;
    event.preventDefault();
    const focused = this.host.renderRoot.querySelector<HTMLElement>(':focus');
    // In the embedded provider form, Escape leaves the form, not the wizard: back to the provider step, the email kept.
    if (this.host.step === 'provider-form') void this.leaveProviderForm(focused);
    else void this.cancel(focused);
  }

  /** Escape in the embedded provider form: asks before discarding what was typed in it, then back to the provider step. */
  private async leaveProviderForm(returnFocus: HTMLElement | null): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.open) return;
    const formDirty = this.host.renderRoot.querySelector('provider-settings-form')?.dirty === true;
    if (formDirty && !(dialog && (await confirmWithDialog(dialog, returnFocus)))) return;
    this.actions.leaveForm();
  }
}
