import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { InMemoryAdapter, createDemoData, type AdapterMethod, type InMemoryAdapterOptions, type InMemoryFault } from '../src/adapter/index.js';
import '../src/define/mail-provider-wizard.js';
import { driveTo, idle, press, wizardIn, type DriveOptions } from './helpers/wizard-driver.js';

interface Args {
  adapterOptions: InMemoryAdapterOptions;
  /** Faults the story's adapter starts with (each for every call). */
  faults: [AdapterMethod, InMemoryFault][];
  email: string;
  locale?: string;
  requireSyncService: boolean;
  checkTimeout: number;
}

/** A play function that walks the wizard to a step, then optionally presses one more button. */
function playTo(options: DriveOptions, then?: { press: string; wait?: boolean }): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const wizard = wizardIn(canvasElement);
    await driveTo(wizard, options);
    if (!then) return;
    await press(wizard, then.press);
    if (then.wait !== false) await idle(wizard);
  };
}

const meta: Meta<Args> = {
  title: 'Elements/mail-provider-wizard',
  component: 'mail-provider-wizard',
  args: { adapterOptions: {}, faults: [], email: '', requireSyncService: true, checkTimeout: 30000 },
  argTypes: { adapterOptions: { control: false }, faults: { control: false } },
  // Each story builds its own adapter, so stories never share data or faults.
  render: ({ adapterOptions, faults, email, locale, requireSyncService, checkTimeout }) => {
    const adapter = new InMemoryAdapter(adapterOptions);
    for (const [method, fault] of faults) adapter.injectFault(method, fault);
    return html`<mail-provider-wizard
      .adapter=${adapter}
      .email=${email}
      .requireSyncService=${requireSyncService}
      .checkTimeout=${checkTimeout}
      locale=${locale ?? ''}
    ></mail-provider-wizard>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: the email address (R5). Next, or Enter, goes on. */
export const EmailStep: Story = {};

/** Next with an address that is not one: the error says how to fix it. */
export const EmailInvalid: Story = {
  args: { email: 'alex@' },
  play: async ({ canvasElement }) => {
    const wizard = wizardIn(canvasElement);
    await wizard.updateComplete;
    await press(wizard, '#next');
  },
};

/** Step 2, recognised: contoso.com leads to Microsoft 365 (Contoso) through its domains (R6). */
export const RecognisedDomain: Story = { args: { email: 'alex@contoso.com' }, play: playTo({ to: 'provider' }) };

/** Step 2, unknown domain: pick an existing provider, or Add provider (R6, R7). */
export const UnknownDomain: Story = { args: { email: 'kim@newcorp.example' }, play: playTo({ to: 'provider' }) };

/** 10,000 providers: a search field and a windowed list (issue 11, item 12). */
export const ManyProviders: Story = {
  args: {
    email: 'kim@newcorp.example',
    adapterOptions: {
      data: {
        providers: Array.from({ length: 10_000 }, (_, i) => ({
          ...createDemoData().providers[0]!,
          id: `p-${i}`,
          name: `Provider ${i + 1}`,
          domains: [`p${i + 1}.example.com`],
        })),
        accounts: [],
      },
    },
  },
  play: playTo({ to: 'provider' }),
};

/** Add provider: the provider form inside the wizard, with the address's domain filled in (R7). */
export const AddProvider: Story = { args: { email: 'kim@newcorp.example' }, play: playTo({ to: 'provider-form' }) };

/** Without CanManageAdministration: no Add provider, and the wizard says who can add one (R1). */
export const NoRights: Story = {
  args: { email: 'kim@newcorp.example', adapterOptions: { canManageAdministration: false } },
  play: playTo({ to: 'provider' }),
};

/** The provider lookup failed: what went wrong, and Retry. */
export const LookupFailed: Story = {
  args: { email: 'alex@contoso.com', faults: [['findProviderByDomain', { type: 'reject', kind: 'unreachable' }]] },
  play: playTo({ to: 'provider' }),
};

/** Exchange, and the Exchange Listener is not configured: said before the credentials; saving waits for it (R2). */
export const ExchangeListenerMissing: Story = {
  args: { email: 'pat@fabrikam.com', adapterOptions: { syncService: 'not-configured' } },
  play: playTo({ to: 'provider' }),
};

/** Step 3, Basic: the login from the mailbox name (read-only) and a password (R11, R12). */
export const BasicCredentials: Story = { args: { email: 'pat@fabrikam.com' }, play: playTo({ to: 'credentials' }) };

/** Step 3, manual login format: the user types the login (R11). */
export const ManualLogin: Story = { args: { email: 'kim@northwindtraders.com' }, play: playTo({ to: 'credentials' }) };

/** Step 3, OAuth 2.0: signed in through the host's sign-in page (R12). */
export const OAuthSignedIn: Story = {
  name: 'OAuth signed in',
  args: { email: 'alex@contoso.com' },
  play: playTo({ to: 'credentials', signIn: true }),
};

/** OAuth 2.0: the sign-in page is still open. */
export const OAuthWaiting: Story = {
  name: 'OAuth waiting',
  args: { email: 'alex@contoso.com', faults: [['signInWithOAuth', { type: 'hang' }]] },
  play: playTo({ to: 'credentials' }, { press: '#sign-in', wait: false }),
};

/** OAuth 2.0: the user closed the sign-in page. */
export const OAuthCancelled: Story = {
  name: 'OAuth cancelled',
  args: { email: 'alex@contoso.com', faults: [['signInWithOAuth', { type: 'reject', kind: 'cancelled' }]] },
  play: playTo({ to: 'credentials', signIn: true }),
};

/** OAuth 2.0: the sign-in failed. */
export const OAuthFailed: Story = {
  name: 'OAuth failed',
  args: { email: 'alex@contoso.com', faults: [['signInWithOAuth', { type: 'reject', kind: 'unreachable' }]] },
  play: playTo({ to: 'credentials', signIn: true }),
};

/** Step 4: a summary, Check connection and Save (Save checks first) (B1). */
export const CheckStep: Story = { args: { email: 'pat@fabrikam.com' }, play: playTo({ to: 'check', password: 'any-password' }) };

/** The check is running (this one never answers): progress, and Cancel check. */
export const Checking: Story = {
  args: { email: 'pat@fabrikam.com', faults: [['checkConnection', { type: 'hang' }]] },
  play: playTo({ to: 'check', password: 'any-password' }, { press: '#check-button', wait: false }),
};

/** The check failed: the password `wrong` is refused; the message says what failed and what to do. */
export const CheckFailed: Story = {
  args: { email: 'pat@fabrikam.com' },
  play: playTo({ to: 'check', password: 'wrong' }, { press: '#check-button' }),
};

/** The check took longer than `check-timeout` (here 1 s). */
export const CheckTimedOut: Story = {
  args: { email: 'pat@fabrikam.com', checkTimeout: 1000, faults: [['checkConnection', { type: 'hang' }]] },
  play: playTo({ to: 'check', password: 'any-password' }, { press: '#check-button' }),
};

/** Saved: the mailbox is added and `mail-account-created` fired. */
export const Saved: Story = {
  args: { email: 'pat@fabrikam.com' },
  play: playTo({ to: 'check', password: 'any-password' }, { press: '#save' }),
};

/** Russian, with the source page's labels (Далее, Добавить провайдер, Домены почтовых провайдеров). */
export const Russian: Story = { args: { email: 'kim@newcorp.example', locale: 'ru' }, play: playTo({ to: 'provider' }) };

/** Without an adapter the element says so instead of rendering a blank box. */
export const NoAdapter: Story = { render: () => html`<mail-provider-wizard></mail-provider-wizard>` };
