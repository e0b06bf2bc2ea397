import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { CHECK_FAILURE_SIMULATIONS, InMemoryAdapter, type InMemoryAdapterOptions, type InMemoryFault } from '../src/adapter/index.js';
import '../src/define/mail-account-list.js';
import '../src/define/mail-provider-wizard.js';
import '../src/define/provider-settings-form.js';
import { createDemoData, type DiagnosisCode, type MailProvider } from '../src/index.js';
import { driveTo, idle, press, until, wizardIn, type DriveOptions } from './helpers/wizard-driver.js';

/*
 * Issue 12 — connection diagnostics: the staged check in the wizard and the list,
 * the error translator's cause and fix, Copy diagnostics, Save anyway, the
 * protocol advisor's dated notes and the OAuth application helper.
 */

interface Args {
  adapterOptions: InMemoryAdapterOptions;
  /** A failure the next check replays (one of the translator's causes). */
  failure?: DiagnosisCode;
  /** Another fault for the next check (a hang at a stage). */
  checkFault?: InMemoryFault;
  email: string;
  locale?: string;
  /** The day the advisor's notes are about. */
  today: string;
}

function adapterFor({ adapterOptions, failure, checkFault }: Args): InMemoryAdapter {
  const adapter = new InMemoryAdapter(adapterOptions);
  if (failure) adapter.injectFault('checkConnection', { type: 'fail-stage', ...CHECK_FAILURE_SIMULATIONS[failure] }, { times: 1 });
  if (checkFault) adapter.injectFault('checkConnection', checkFault, { times: 1 });
  return adapter;
}

const clockOf = (today: string) => () => new Date(`${today}T12:00:00Z`);

function wizard(args: Args): TemplateResult {
  return html`<mail-provider-wizard .adapter=${adapterFor(args)} .email=${args.email} .clock=${clockOf(args.today)} locale=${args.locale ?? ''}></mail-provider-wizard>`;
}

/** Walks the wizard to the check step and presses Check connection. */
function checkIn(options: DriveOptions, wait = true): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const element = wizardIn(canvasElement);
    await driveTo(element, options);
    await press(element, '#check-button');
    if (wait) await idle(element);
    else await until(() => element.shadowRoot?.querySelector('[part="check-stages"]'));
  };
}

const meta: Meta<Args> = {
  title: 'Diagnostics/Connection check',
  args: { adapterOptions: {}, email: 'lee@northwindtraders.com', today: '2026-12-01' },
  argTypes: { adapterOptions: { control: false }, checkFault: { control: false } },
  render: wizard,
};
export default meta;

type Story = StoryObj<Args>;

const imap: DriveOptions = { to: 'check', login: 'lee', password: 'any-password' };

/** The stages run live: the list named Connection check, one item per stage (here stuck at Sign in). */
export const StagesRunning: Story = {
  args: { adapterOptions: { checkStageMs: 'realistic' }, checkFault: { type: 'hang', stage: 'authenticate' } },
  play: checkIn(imap, false),
};

/** Every stage passed; Copy diagnostics copies the report. */
export const StagesPassed: Story = { play: checkIn(imap) };

/** The TLS stage failed: the certificate has expired — the translator's cause and fix. */
export const TlsExpired: Story = { args: { failure: 'tls-expired' }, play: checkIn(imap) };

/** SMTP AUTH is disabled for the tenant (535 5.7.139): the send test fails, not the sign-in. */
export const SmtpAuthDisabled: Story = { args: { failure: 'smtp-auth-disabled' }, play: checkIn(imap) };

/** The mailbox could not be opened after a good sign-in: not a wrong password. */
export const ImapNotConnected: Story = { args: { failure: 'imap-not-connected' }, play: checkIn(imap) };

/** The server refused the connection: outside the user's control, so an administrator may Save anyway. */
export const SaveAnyway: Story = { args: { failure: 'connection-refused' }, play: checkIn(imap) };

/** The same failure for a user without CanManageAdministration: no Save anyway. */
export const NoSaveAnywayWithoutRights: Story = {
  args: { failure: 'connection-refused', adapterOptions: { canManageAdministration: false } },
  play: checkIn(imap),
};

/** Russian: the client secret has expired (AADSTS7000222), on Microsoft 365, with the EWS note. */
export const RussianSecretExpired: Story = {
  args: { failure: 'entra-secret-expired', email: 'alex@contoso.com', locale: 'ru' },
  play: checkIn({ to: 'check', signIn: true }),
};

/** EWS on Microsoft 365 after 1 October 2026: the advisor's note names 1 April 2027. */
export const EwsAdvisory: Story = { args: { email: 'alex@contoso.com' }, play: checkIn({ to: 'check', signIn: true }) };

const demoProvider = (id: string): MailProvider => createDemoData().providers.find((p) => p.id === id)!;

/** The provider form: the EWS note, the Redirect URI with Copy redirect URI, the permissions to grant. */
export const FormOAuthHelper: Story = {
  name: 'Form: OAuth helper',
  render: ({ today }) =>
    html`<provider-settings-form
      .adapter=${new InMemoryAdapter()}
      .provider=${demoProvider('m365-contoso')}
      .clock=${clockOf(today)}
      redirect-uri="https://crm.contoso.com/oauth/callback"
    ></provider-settings-form>`,
};

/** The provider form after 1 April 2027: EWS is off, an error note. */
export const FormEwsOff: Story = { ...FormOAuthHelper, name: 'Form: EWS off', args: { today: '2027-04-02' } };

/** The account list: Check connection on a saved mailbox, in its dialog. */
export const ListCheck: Story = {
  render: (args) => html`<mail-account-list .adapter=${adapterFor(args)}></mail-account-list>`,
  args: { failure: 'oauth-grant-expired' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('mail-account-list')!;
    await until(() => list.shadowRoot?.querySelector('[data-action="check"]'));
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="check"]')!.click();
    await until(() => list.shadowRoot?.getElementById('list-check-outcome'));
  },
};
