import type { WizardFocus, WizardStep } from '../../flows/index.js';

/** The first field to type in on a step, or else the step's heading. */
function stepFocusTarget(root: ParentNode, step: WizardStep): HTMLElement | null {
  const heading = root.querySelector<HTMLElement>('#step-heading');
  switch (step) {
    case 'email':
      return root.querySelector<HTMLElement>('#email');
    case 'credentials':
      return root.querySelector<HTMLElement>('#login:not([readonly]), #password') ?? heading;
    default:
      return heading;
  }
}

/**
 * Moves focus into a step; false when there is nothing to focus yet. The step
 * heading is focusable only while focused, so that a host dialog's initial focus
 * (the first focusable element) lands on a field, not a heading.
 */
export function focusStep(root: ParentNode, step: WizardStep, options?: FocusOptions): boolean {
  const target = stepFocusTarget(root, step);
  if (!target) return false;
  if (target.id === 'step-heading') {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus(options);
  return true;
}

/** Moves focus to a place the wizard's flow named after a transition. */
export function focusWizardTarget(root: HTMLElement | DocumentFragment, step: WizardStep, target: WizardFocus): void {
  switch (target) {
    case 'step':
      focusStep(root, step);
      return;
    case 'check-button-if-lost': {
      // The Cancel check button is gone: keep keyboard users where they were, unless they moved on.
      const active = root instanceof ShadowRoot ? root.activeElement : null;
      if (active === null && (document.activeElement === null || document.activeElement === document.body)) {
        root.querySelector<HTMLElement>('#check-button')?.focus();
      }
      return;
    }
    case 'sync-notice':
      // The notice goes once the service is back: the step's main button is next.
      (root.querySelector<HTMLElement>('#sync-notice') ?? root.querySelector<HTMLElement>('#save, #next'))?.focus();
      return;
    default:
      root.querySelector<HTMLElement>(`#${target}`)?.focus();
  }
}
