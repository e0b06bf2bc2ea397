import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { InMemoryAdapterOptions } from '../../src/adapter/index.js';
import type { MailAccountCreatedEvent } from '../../src/events/index.js';
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import type { CheckStage, DiagnosisCode } from '../../src/model/index.js';
import { getByRole, queryAllByRole, queryByRole } from '../helpers/queries.js';
import { atStep, button, click, notice, settle, toCheckWithPassword, toCredentials, type, wizardFixture } from './wizard-helpers.js';

const PASSWORD = 'Correct-Horse-Battery-42';
const CLIENT_SECRET = 'Client-Secret-Never-Copied-7';

/** Through to the check step with Northwind's IMAP/SMTP (Basic, manual login): every stage applies. */
async function toImapCheck(el: MailProviderWizard): Promise<void> {
  const root = el.shadowRoot!;
  await toCredentials(el, 'lee@northwindtraders.com');
  await type(el, getByRole(root, 'textbox', 'Login'), 'lee');
  await type(el, getByRole(root, 'password', 'Password'), PASSWORD);
  await click(el, button(root, 'Next'));
  await atStep(el, 'check');
}

function stageItems(root: ShadowRoot): Record<string, string> {
  const list = getByRole(root, 'list', 'Connection check');
  // The state's icon is aria-hidden: the item's text is what assistive technology reads.
  return Object.fromEntries(
    queryAllByRole(list, 'listitem').map((item) => [item.dataset.stage!, item.lastElementChild!.textContent!.replace(/\s+/g, ' ').trim()]),
  );
}

/** Stubs the clipboard; returns what was written. */
function stubClipboard(): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
  });
  return {
    written,
    restore: () => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

describe('<mail-provider-wizard> connection diagnostics', () => {
  it('shows the stages live in a list named Connection check, and announces them politely', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toImapCheck(el);
    adapter.injectFault('checkConnection', { type: 'hang', stage: 'authenticate' }, { times: 1 });
    await click(el, button(root, 'Check connection'));
    await waitUntil(
      () => queryByRole(root, 'list', 'Connection check') !== null && stageItems(root).authenticate?.includes('running'),
      'no running stage',
    );
    const items = stageItems(root);
    expect(items.resolve).to.match(/^Find the server: passed \(\d+ ms\)$/);
    expect(items.tls).to.contain('passed');
    expect(items.mailbox).to.equal('Open the mailbox: waiting');
    expect(items.send).to.equal('Send a test: waiting');
    await waitUntil(
      () => [...root.querySelectorAll('[role="status"]')].some((region) => region.textContent!.includes('Sign in: running')),
      'not announced',
    );
    await expect(el).to.be.accessible();

    // Cancel mid-way: what had not finished is skipped, and nothing failed.
    await click(el, button(root, 'Cancel check'));
    await settle(el);
    const cancelled = stageItems(root);
    expect(cancelled.resolve).to.contain('passed');
    expect(cancelled.authenticate).to.equal('Sign in: skipped');
    expect(cancelled.send).to.equal('Send a test: skipped');
    expect(notice(root, 'check-outcome')).to.contain('The check was cancelled'.slice(0, 9));
    expect(queryByRole(root, 'button', 'Copy diagnostics')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  const byStage: [CheckStage, DiagnosisCode, string][] = [
    ['resolve', 'dns-not-found', 'No server has this name.'],
    ['connect', 'connection-refused', 'The server refused the connection on this port.'],
    ['tls', 'tls-expired', 'The server’s certificate has expired.'],
    ['authenticate', 'entra-wrong-credentials', 'The user name or password is wrong (AADSTS50126).'],
    ['mailbox', 'imap-not-connected', 'The sign-in worked, but the mailbox could not be opened'],
    ['send', 'smtp-auth-disabled', 'Sending with SMTP AUTH is turned off'],
  ];
  for (const [stage, code, cause] of byStage) {
    it(`says the cause and the fix when the ${stage} stage fails`, async () => {
      const { el, root, adapter } = await wizardFixture();
      await toImapCheck(el);
      adapter.failNextCheck(code);
      await click(el, button(root, 'Check connection'));
      await settle(el);
      const items = stageItems(root);
      const order: CheckStage[] = ['resolve', 'connect', 'tls', 'authenticate', 'mailbox', 'send'];
      const at = order.indexOf(stage);
      order.forEach((other, index) => {
        const expected = index < at ? 'passed' : index === at ? 'failed' : 'skipped';
        expect(items[other], other).to.match(new RegExp(`: ${expected}`));
      });
      const outcome = root.getElementById('check-outcome')!;
      expect(outcome.getAttribute('role')).to.equal('alert');
      expect(notice(root, 'check-outcome')).to.contain(cause);
      expect(queryByRole(root, 'button', 'Copy diagnostics')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('copies a plain-text report with stages and server replies, and never the password or client secret', async () => {
    const { el, root, adapter } = await wizardFixture();
    await adapter.saveProvider({
      id: 'imap-northwind',
      type: 'imap-smtp',
      name: 'Northwind',
      incoming: { host: 'imap.northwindtraders.com', port: 993, security: 'ssl' },
      outgoing: { host: 'smtp.northwindtraders.com', port: 587, security: 'starttls' },
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'manual',
      auth: { method: 'basic' },
      domains: ['northwindtraders.com'],
    });
    await toImapCheck(el);
    // A careless server that echoes what it was sent.
    adapter.injectFault(
      'checkConnection',
      {
        type: 'fail-stage',
        stage: 'authenticate',
        kind: 'auth-failed',
        rawCode: '535 5.7.3',
        serverReply: `535 5.7.3 Authentication unsuccessful for lee:${PASSWORD} ${CLIENT_SECRET}`,
      },
      { times: 1 },
    );
    await click(el, button(root, 'Check connection'));
    await settle(el);
    const clipboard = stubClipboard();
    try {
      await click(el, button(root, 'Copy diagnostics'));
      await waitUntil(() => clipboard.written.length === 1, 'nothing copied');
    } finally {
      clipboard.restore();
    }
    const text = clipboard.written[0]!;
    expect(text).to.contain('Connection check diagnostics').and.contain('mail-provider-elements 0.1.0');
    expect(text).to.contain('Find the server: passed').and.contain('Sign in: failed').and.contain('server code: 535 5.7.3');
    expect(text).to.contain('Cause: The sending server rejected the sign-in (535 5.7.3).');
    expect(text).to.contain('lee@northwindtraders.com');
    expect(text).to.not.contain(PASSWORD);
    await waitUntil(
      () => [...root.querySelectorAll('[role="status"]')].some((region) => region.textContent!.includes('Diagnostics copied')),
      'not announced',
    );
    await expect(el).to.be.accessible();
  });

  it('never copies the provider’s client secret on an OAuth 2.0 check', async () => {
    const { el, root, adapter } = await wizardFixture();
    await adapter.saveProvider({
      id: 'm365-contoso',
      type: 'exchange',
      name: 'Contoso',
      serviceAddress: 'outlook.office365.com',
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      auth: { method: 'oauth2', clientId: '8a1f6c2e-4b7d-4e3a-9c51-2f0d7b6e1a94', clientSecret: { action: 'replace', value: CLIENT_SECRET } },
      domains: ['contoso.com'],
    });
    await toCredentials(el, 'alex@contoso.com');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => root.textContent!.includes('Signed in as'), 'not signed in');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    adapter.failNextCheck('entra-secret-expired');
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.contain('AADSTS7000222').and.contain('Create a new client secret');
    const clipboard = stubClipboard();
    try {
      await click(el, button(root, 'Copy diagnostics'));
      await waitUntil(() => clipboard.written.length === 1, 'nothing copied');
    } finally {
      clipboard.restore();
    }
    expect(clipboard.written[0]).to.contain('AADSTS7000222').and.not.contain(CLIENT_SECRET);
    expect(clipboard.written[0]).to.not.contain('8a1f6c2e');
  });

  it('shows the report to copy by hand when the clipboard refuses', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, PASSWORD);
    adapter.failNextCheck('connection-refused');
    await click(el, button(root, 'Check connection'));
    await settle(el);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    const exec = document.execCommand;
    document.execCommand = () => false;
    try {
      await click(el, button(root, 'Copy diagnostics'));
      await waitUntil(() => root.querySelector('textarea.manual-copy') !== null, 'no fallback');
    } finally {
      document.execCommand = exec;
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const area = root.querySelector<HTMLTextAreaElement>('textarea.manual-copy')!;
    expect(area.value).to.contain('ECONNREFUSED').and.not.contain(PASSWORD);
    await expect(el).to.be.accessible();
  });

  describe('Save anyway (administrators only)', () => {
    async function failedCheck(options: InMemoryAdapterOptions, code: DiagnosisCode) {
      const setup = await wizardFixture(options);
      await toCheckWithPassword(setup.el, PASSWORD);
      setup.adapter.failNextCheck(code);
      await click(setup.el, button(setup.root, 'Check connection'));
      await settle(setup.el);
      return setup;
    }

    it('saves the mailbox marked not yet verified when the service refuses the connection', async () => {
      const { el, root } = await failedCheck({ canManageAdministration: true }, 'connection-refused');
      const saveAnyway = button(root, 'Save anyway');
      expect(saveAnyway.getAttribute('aria-describedby')).to.equal('save-anyway-help');
      await expect(el).to.be.accessible();
      const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
      await click(el, saveAnyway);
      const event = await created;
      expect(event.detail.account.status).to.equal('unverified');
      await settle(el);
      expect(notice(root, 'save-outcome')).to.contain('saved, marked as not yet verified');
      await expect(el).to.be.accessible();
    });

    it('is not offered to a user without CanManageAdministration', async () => {
      const { el, root } = await failedCheck({ canManageAdministration: false }, 'connection-refused');
      expect(queryByRole(root, 'button', 'Save anyway')).to.equal(null);
      expect(queryByRole(root, 'button', 'Copy diagnostics')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is not offered for a failure the user can fix', async () => {
      const { root } = await failedCheck({ canManageAdministration: true }, 'entra-wrong-credentials');
      expect(queryByRole(root, 'button', 'Save anyway')).to.equal(null);
    });
  });

  describe('protocol advisor notes', () => {
    async function m365Check(day: string) {
      const setup = await wizardFixture();
      setup.el.clock = () => new Date(`${day}T12:00:00Z`);
      await toCredentials(setup.el, 'alex@contoso.com');
      await click(setup.el, button(setup.root, 'Sign in'));
      await waitUntil(() => setup.root.textContent!.includes('Signed in as'), 'not signed in');
      await click(setup.el, button(setup.root, 'Next'));
      await atStep(setup.el, 'check');
      return setup;
    }

    it('names 1 April 2027 for EWS on Microsoft 365 from 1 October 2026', async () => {
      const { el, root } = await m365Check('2026-12-01');
      await waitUntil(() => root.getElementById('advisory-ews-blocked-in-phases') !== null, 'no note');
      expect(notice(root, 'advisory-ews-blocked-in-phases')).to.contain('1 April 2027').and.contain('EWSEnabled');
      await expect(el).to.be.accessible();
    });

    it('says nothing the day before, and speaks Russian', async () => {
      const before = await m365Check('2026-09-30');
      await before.el.updateComplete;
      expect(before.root.getElementById('advisory-ews-blocked-in-phases')).to.equal(null);
      const ru = await m365Check('2027-04-01');
      ru.el.locale = 'ru';
      await waitUntil(() => ru.root.getElementById('advisory-ews-off') !== null, 'no note');
      await waitUntil(() => ru.root.getElementById('advisory-ews-off')?.textContent?.includes('1 апреля 2027 года'), 'not in Russian');
      await expect(ru.el).to.be.accessible();
    });
  });
});

export { fixture, html };
