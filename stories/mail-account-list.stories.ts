import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  InMemoryAdapter,
  createDemoData,
  type AdapterMethod,
  type InMemoryAdapterOptions,
  type InMemoryData,
  type InMemoryFault,
} from '../src/adapter/index.js';
import '../src/define/mail-account-list.js';
import type { MailAccountList } from '../src/elements/mail-account-list/mail-account-list.js';
import type { MailAccount } from '../src/model/index.js';

interface Args {
  adapterOptions: InMemoryAdapterOptions;
  /** Faults the story's adapter starts with (each for every call). */
  faults: [AdapterMethod, InMemoryFault][];
  locale?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The list a story rendered, once it has loaded. Stories have no test runner: this polls. */
async function loadedList(canvasElement: HTMLElement): Promise<MailAccountList> {
  const list = canvasElement.querySelector('mail-account-list')!;
  for (let i = 0; i < 150 && (!list.shadowRoot?.querySelector('section') || list.shadowRoot.querySelector('section[aria-busy="true"]')); i++) {
    await sleep(20);
  }
  await list.updateComplete;
  return list;
}

/** Presses a button of the loaded list, found by its accessible name. */
async function pressButton(canvasElement: HTMLElement, label: string): Promise<MailAccountList> {
  const list = await loadedList(canvasElement);
  const button = [...list.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label);
  if (!button) throw new Error(`No button ${label}`);
  button.click();
  await list.updateComplete;
  return list;
}

/** The demo seed plus `count` mailboxes on the IMAP provider. */
function manyMailboxes(count: number): InMemoryData {
  const data = createDemoData();
  const extra: MailAccount[] = Array.from({ length: count }, (_, i) => ({
    id: `bulk-${i}`,
    email: `user${String(i).padStart(5, '0')}@northwindtraders.com`,
    providerId: 'imap-northwind',
    login: `user${i}`,
    displayName: `User ${i}`,
    loadEmails: true,
    sendEmails: i % 3 !== 0,
    isDefault: false,
    isShared: i % 10 === 0,
    loadFrom: null,
    status: i % 17 === 0 ? 'error' : 'connected',
    ...(i % 17 === 0 ? { statusReason: 'unreachable' } : {}),
    auth: { method: 'basic', hasPassword: true },
  }));
  return { providers: data.providers, accounts: [...data.accounts, ...extra] };
}

const meta: Meta<Args> = {
  title: 'Elements/mail-account-list',
  component: 'mail-account-list',
  args: { adapterOptions: {}, faults: [] },
  argTypes: { adapterOptions: { control: false }, faults: { control: false } },
  // Each story builds its own adapter, so stories never share data or faults.
  render: ({ adapterOptions, faults, locale }) => {
    const adapter = new InMemoryAdapter(adapterOptions);
    for (const [method, fault] of faults) adapter.injectFault(method, fault);
    return html`<mail-account-list .adapter=${adapter} locale=${locale ?? ''}></mail-account-list>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** An administrator: the mailboxes, and the providers with their mailbox counts (R1, R3, R4). */
export const Default: Story = {};

/** A user without CanManageAdministration: mailboxes only, and told why there are no providers (R1). */
export const WithoutAdministrationRight: Story = { args: { adapterOptions: { canManageAdministration: false } } };

/** No mailboxes yet: an invitation to add the first one. */
export const Empty: Story = { args: { adapterOptions: { data: 'empty' } } };

/** Loading: busy sections with a status line (this adapter answers after ten minutes). */
export const Loading: Story = { args: { adapterOptions: { latencyMs: 600_000 } } };

/** Nothing could be loaded: what failed, what to do, and Retry. */
export const LoadError: Story = {
  args: {
    faults: [
      ['listAccounts', { type: 'reject', kind: 'unreachable' }],
      ['listProviders', { type: 'reject', kind: 'unreachable' }],
    ],
  },
};

/** Partial failure: the providers loaded, the mailboxes did not; each section says so. */
export const PartialFailure: Story = { args: { faults: [['listAccounts', { type: 'reject', kind: 'timeout' }]] } };

/** 10 000 mailboxes: only the rows in view are rendered, and the filter narrows them (B9). */
export const TenThousandMailboxes: Story = { args: { adapterOptions: { data: manyMailboxes(10_000) } } };

/** Russian, with the source page's labels (B6). */
export const Russian: Story = { args: { locale: 'ru' } };

/** The host page's dark colour scheme (B7). */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** Add: the wizard in a modal dialog. */
export const AddOpen: Story = { play: async ({ canvasElement }) => void (await pressButton(canvasElement, 'Add')) };

/** Edit: a mailbox's settings in a modal dialog. */
export const MailboxSettings: Story = {
  play: async ({ canvasElement }) => void (await pressButton(canvasElement, 'Edit alex.wilber@contoso.com')),
};

/** Delete pressed on a provider that mailboxes use: refused, and told why, before any request (R15). */
export const ProviderInUse: Story = {
  play: async ({ canvasElement }) => void (await pressButton(canvasElement, 'Delete Microsoft 365 (Contoso)')),
};
