// Drives a <mail-provider-wizard> in a story the way a user would, so each story
// opens on one step or outcome. Stories have no test runner: these helpers poll.
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import type { WizardStep } from '../../src/flows/index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a condition, polling; gives up (throws) after `timeoutMs` (generous: a busy machine is slow, a hang still fails). */
export async function until(condition: () => unknown, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('The wizard did not get there in time');
    await sleep(20);
  }
}

/** The wizard a story rendered. */
export function wizardIn(canvas: ParentNode): MailProviderWizard {
  const wizard = canvas.querySelector('mail-provider-wizard');
  if (!wizard) throw new Error('No <mail-provider-wizard> in this story');
  return wizard;
}

function control<T extends HTMLElement>(wizard: MailProviderWizard, selector: string): T {
  const element = wizard.shadowRoot?.querySelector<T>(selector);
  if (!element) throw new Error(`No ${selector} in the wizard`);
  return element;
}

/** Clicks a control of the wizard, found by id (`#next`, `#check-button`). */
export async function press(wizard: MailProviderWizard, selector: string): Promise<void> {
  control(wizard, selector).click();
  await wizard.updateComplete;
}

/** Types into a field of the wizard. */
export async function fill(wizard: MailProviderWizard, selector: string, value: string): Promise<void> {
  const input = control<HTMLInputElement>(wizard, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await wizard.updateComplete;
}

/** Waits until no adapter call the user waits for is running. */
export async function idle(wizard: MailProviderWizard): Promise<void> {
  await until(() => wizard.shadowRoot?.querySelector('[part="panel"][aria-busy="true"]') === null);
  await wizard.updateComplete;
}

async function reach(wizard: MailProviderWizard, step: WizardStep): Promise<void> {
  await until(() => wizard.step === step);
  await idle(wizard);
}

export interface DriveOptions {
  readonly to: 'provider' | 'provider-form' | 'credentials' | 'check';
  /** A provider to pick from the list (its id), for an unknown domain. */
  readonly choose?: string;
  readonly login?: string;
  readonly password?: string;
  /** Press Sign in (OAuth 2.0) and wait for its outcome. */
  readonly signIn?: boolean;
}

/** From step 1 (with `email` pre-filled) to the step in `options.to`. */
export async function driveTo(wizard: MailProviderWizard, options: DriveOptions): Promise<void> {
  await until(() => wizard.shadowRoot?.querySelector('#next'));
  await press(wizard, '#next');
  await reach(wizard, 'provider');
  if (options.to === 'provider') return;
  if (options.to === 'provider-form') {
    await press(wizard, '#add-provider');
    await reach(wizard, 'provider-form');
    return;
  }
  if (options.choose !== undefined) await press(wizard, `#provider-${options.choose}`);
  await press(wizard, '#next');
  await reach(wizard, 'credentials');
  if (options.login !== undefined) await fill(wizard, '#login', options.login);
  if (options.password !== undefined) await fill(wizard, '#password', options.password);
  if (options.signIn) {
    await press(wizard, '#sign-in');
    await idle(wizard);
  }
  if (options.to === 'credentials') return;
  await press(wizard, '#next');
  await reach(wizard, 'check');
}
