import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../src/adapter/index.js';
import '../src/define/provider-settings-form.js';
import type { ProviderSettingsForm } from '../src/elements/provider-settings-form/provider-settings-form.js';
import { createDemoData, type MailProvider, type ProviderDraft } from '../src/index.js';

interface Args {
  adapterOptions: InMemoryAdapterOptions;
  provider: MailProvider | null;
  defaults: Partial<ProviderDraft>;
  locale?: string;
}

const demoProvider = (id: string): MailProvider => createDemoData().providers.find((p) => p.id === id)!;

/** The form element inside a story, once it has loaded. */
async function loadedForm(canvasElement: HTMLElement): Promise<ProviderSettingsForm> {
  const form = canvasElement.querySelector('provider-settings-form')!;
  for (let i = 0; i < 100 && !form.shadowRoot?.querySelector('form[part="form"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await form.updateComplete;
  return form;
}

const meta: Meta<Args> = {
  title: 'Elements/provider-settings-form',
  component: 'provider-settings-form',
  args: { adapterOptions: {}, provider: null, defaults: {} },
  argTypes: { adapterOptions: { control: false }, provider: { control: false }, defaults: { control: false } },
  render: ({ adapterOptions, provider, defaults, locale }) =>
    html`<provider-settings-form
      .adapter=${new InMemoryAdapter(adapterOptions)}
      .provider=${provider}
      .defaults=${defaults}
      locale=${locale ?? ''}
    ></provider-settings-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new provider: Exchange with OAuth 2.0, nothing typed yet. */
export const NewProvider: Story = {};

/** Apply pressed with nothing filled in: every error shows, focus is on the first. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await loadedForm(canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await form.updateComplete;
  },
};

/** Editing Microsoft 365 with OAuth 2.0: the stored secret is never shown, only replaced. */
export const EditOAuth: Story = { name: 'Edit OAuth', args: { provider: demoProvider('m365-contoso') } };

/** Basic authentication on Exchange: the retirement warning, no OAuth fields. */
export const Basic: Story = { args: { provider: demoProvider('exchange-fabrikam') } };

/** An IMAP/SMTP provider with its servers, ports and security. */
export const ImapSmtp: Story = { name: 'IMAP/SMTP', args: { provider: demoProvider('imap-northwind') } };

/** A user without CanManageAdministration: read-only, and told which right is missing (R1). */
export const ReadOnly: Story = { args: { adapterOptions: { canManageAdministration: false }, provider: demoProvider('m365-contoso') } };

/** The Exchange Listener synchronisation service is not configured (R2). */
export const ExchangeListenerMissing: Story = { args: { adapterOptions: { syncService: 'not-configured' } } };

/** Saving: Apply is busy until the adapter answers (this one never does). */
export const Saving: Story = {
  args: { provider: demoProvider('exchange-fabrikam') },
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('saveProvider', { type: 'hang' });
    return html`<provider-settings-form .adapter=${adapter} .provider=${args.provider}></provider-settings-form>`;
  },
  play: async ({ canvasElement }) => {
    const form = await loadedForm(canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await form.updateComplete;
  },
};

/** The adapter refused the save: the error says what to do, and the input stays. */
export const SaveFailed: Story = {
  args: { provider: demoProvider('exchange-fabrikam') },
  render: (args) => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('saveProvider', { type: 'reject', kind: 'unreachable' });
    return html`<provider-settings-form .adapter=${adapter} .provider=${args.provider}></provider-settings-form>`;
  },
  play: async ({ canvasElement }) => {
    const form = await loadedForm(canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    for (let i = 0; i < 50 && !form.shadowRoot!.querySelector('#save-failure'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },
};

/** From the wizard: a new provider pre-filled with the address's domain. */
export const FromWizard: Story = { args: { defaults: { domains: ['newcorp.example'] } } };

/** Russian, with the source page's labels. */
export const Russian: Story = { args: { locale: 'ru', provider: demoProvider('m365-contoso') } };

/** Without an adapter the element says so instead of rendering a blank box. */
export const NoAdapter: Story = { render: () => html`<provider-settings-form></provider-settings-form>` };
