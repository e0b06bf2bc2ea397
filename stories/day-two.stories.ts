// Day two (issue 11): every outcome after the first setup, explorable — the
// connection check's failures and the OAuth sign-in's outcomes as the in-memory
// adapter's switches produce them, re-authorising in place, R2's Retry, and the
// impact preview before a provider change or delete that affects mailboxes.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { InMemoryAdapter, createDemoData, type InMemoryAdapterOptions } from '../src/adapter/index.js';
import '../src/define/mail-account-list.js';
import '../src/define/mail-provider-wizard.js';
import '../src/define/provider-settings-form.js';
import type { MailAccountList } from '../src/elements/mail-account-list/mail-account-list.js';
import type { ProviderSettingsForm } from '../src/elements/provider-settings-form/provider-settings-form.js';
import { driveTo, idle, press, until, wizardIn, type DriveOptions } from './helpers/wizard-driver.js';

interface Args {
  adapterOptions: InMemoryAdapterOptions;
  email: string;
}
type Story = StoryObj<Args>;

const meta: Meta<Args> = {
  title: 'Day two/Outcomes',
  args: { adapterOptions: {}, email: '' },
  argTypes: { adapterOptions: { control: false } },
  // Each story builds its own adapter, so stories never share data or switches.
  render: ({ adapterOptions, email }) =>
    html`<mail-provider-wizard .adapter=${new InMemoryAdapter(adapterOptions)} .email=${email} locale="en"></mail-provider-wizard>`,
};
export default meta;

const demo = createDemoData();
const M365 = demo.providers[0]!;
const MEGAN = demo.accounts[1]!;

/** Walks the wizard to the check step with Fabrikam's Basic credentials and presses Check connection. */
function checkWith(): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const wizard = wizardIn(canvasElement);
    await driveTo(wizard, { to: 'check', password: 'any-password' } satisfies DriveOptions);
    await press(wizard, '#check-button');
    await idle(wizard);
  };
}

const checkStory = (connectionCheck: NonNullable<InMemoryAdapterOptions['connectionCheck']>): Story => ({
  args: { email: 'pat@fabrikam.com', adapterOptions: { connectionCheck } },
  play: checkWith(),
});

/** Next connection check: DNS name not found — the server cannot be reached. */
export const CheckDnsNotFound = checkStory('dns-not-found');
/** Next connection check: connection refused. */
export const CheckConnectionRefused = checkStory('connection-refused');
/** Next connection check: the server's TLS certificate expired. */
export const CheckTlsExpired = checkStory('tls-expired');
/** Next connection check: the server refuses the password. */
export const CheckWrongPassword = checkStory('wrong-password');
/** Next connection check: the server does not answer in time. */
export const CheckTimesOut = checkStory('timeout');

const signInStory = (oauthSignIn: NonNullable<InMemoryAdapterOptions['oauthSignIn']>): Story => ({
  args: { email: 'alex@contoso.com', adapterOptions: { oauthSignIn } },
  play: async ({ canvasElement }) => {
    const wizard = wizardIn(canvasElement);
    await driveTo(wizard, { to: 'credentials' });
    await press(wizard, '#sign-in');
    await idle(wizard);
  },
});

/** OAuth sign-in: succeeds. */
export const SignInSucceeds = signInStory('succeeds');
/** OAuth sign-in: the user closed the sign-in page. */
export const SignInCancelled = signInStory('cancelled');
/** OAuth sign-in: the identity provider refused it. */
export const SignInFails = signInStory('fails');

/** Exchange Listener configured but not reachable: the notice, and Retry that re-checks it in place (R2). */
export const ExchangeListenerUnreachable: Story = {
  args: { email: 'new.user@contoso.com', adapterOptions: { syncService: 'unreachable' } },
  play: async ({ canvasElement }) => void (await driveTo(wizardIn(canvasElement), { to: 'provider' })),
};

/** A user without CanManageAdministration, Exchange Listener not configured: told what to ask for. */
export const ExchangeListenerMissingForUser: Story = {
  args: { email: 'new.user@contoso.com', adapterOptions: { syncService: 'not-configured', canManageAdministration: false } },
  play: async ({ canvasElement }) => void (await driveTo(wizardIn(canvasElement), { to: 'provider' })),
};

/** The address is already added: the wizard offers to sign it in again instead of failing at Save. */
export const AddressAlreadyAdded: Story = {
  args: { email: 'megan.bowen@contoso.com' },
  play: async ({ canvasElement }) => void (await driveTo(wizardIn(canvasElement), { to: 'provider' })),
};

/** Sign in again: the wizard re-authorising Megan's mailbox in place (credentials and check only). */
export const SignInAgain: Story = {
  play: async ({ canvasElement }) => {
    const wizard = wizardIn(canvasElement);
    await wizard.updateComplete;
    wizard.reauthorize(MEGAN, M365);
    await until(() => wizard.step === 'credentials');
    await idle(wizard);
  },
};

/** Done: the success step, every step marked done; Done fires `mail-wizard-done`. */
export const Done: Story = {
  args: { email: 'pat@fabrikam.com' },
  play: async ({ canvasElement }) => {
    const wizard = wizardIn(canvasElement);
    await driveTo(wizard, { to: 'check', password: 'any-password' });
    await press(wizard, '#save');
    await until(() => wizard.shadowRoot!.querySelector('#done'));
  },
};

/** The account list: Megan's grant was revoked — the row says so and offers Sign in again. */
export const ListNeedsSignIn: Story = {
  render: () => html`<mail-account-list .adapter=${new InMemoryAdapter()} locale="en"></mail-account-list>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<MailAccountList>('mail-account-list')!;
    await until(() => list.shadowRoot?.querySelector('[data-action="sign-in-again"]'));
  },
};

/** The impact preview: Microsoft 365 (Contoso) switched to Basic, both its mailboxes listed with what happens. */
export const ImpactPreview: Story = {
  render: () => html`<provider-settings-form .adapter=${new InMemoryAdapter()} .provider=${M365} locale="en"></provider-settings-form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<ProviderSettingsForm>('provider-settings-form')!;
    // The fields show at once but stay inert until the form has loaded what it checks against.
    await until(() => form.shadowRoot?.querySelector('form[aria-busy="false"] input[name="authMethod"][value="basic"]'));
    form.shadowRoot!.querySelector<HTMLInputElement>('input[name="authMethod"][value="basic"]')!.click();
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => form.shadowRoot!.querySelector<HTMLDialogElement>('#impact-dialog')?.open);
  },
};

/** Delete on a provider that mailboxes use: the preview says it cannot be deleted (R15) and lists them. */
export const DeletePreview: Story = {
  render: () => html`<mail-account-list .adapter=${new InMemoryAdapter()} locale="en"></mail-account-list>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<MailAccountList>('mail-account-list')!;
    const remove = () => list.shadowRoot?.querySelector<HTMLButtonElement>('.providers-viewport [data-action="delete"]');
    await until(() => remove());
    remove()!.click();
    await until(() => list.shadowRoot!.querySelector<HTMLDialogElement>('#confirm-dialog')?.open);
  },
};
