import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MailAccountCreatedEvent } from '../../src/events/index.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import {
  atStep,
  button,
  click,
  focused,
  notice,
  recordEvents,
  settle,
  toCheckWithPassword,
  toCredentials,
  toProvider,
  type,
  wizardFixture,
} from './wizard-helpers.js';

describe('<mail-provider-wizard> connection check and save (B1)', () => {
  it('says the credentials failed, keeps them, and succeeds once they are fixed', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'wrong');
    await click(el, button(root, 'Check connection'));
    await settle(el);
    const outcome = root.getElementById('check-outcome')!;
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(notice(root, 'check-outcome')).to.contain('The mail server rejected the sign-in.').and.contain('Check the login and password');
    expect(focused(root, outcome)).to.equal(true);
    await expect(el).to.be.accessible();
    // Save after a failed check checks again, and does not save.
    await click(el, button(root, 'Save'));
    await settle(el);
    expect(adapter.calls.filter((c) => c.method === 'saveAccount')).to.have.length(0);

    await click(el, button(root, 'Back'));
    await atStep(el, 'credentials');
    const password = getByRole<HTMLInputElement>(root, 'password', 'Password');
    expect(password.value).to.equal('wrong');
    await type(el, password, 'right');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    expect(root.getElementById('check-outcome')).to.equal(null);
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.equal('Connection works');
    await expect(el).to.be.accessible();
    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    await created;
    // The passing check was not repeated.
    expect(adapter.calls.filter((c) => c.method === 'checkConnection')).to.have.length(3);
  });

  it('retries a check that failed on the server’s side', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('checkConnection', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.contain('The mail server cannot be reached.');
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.equal('Connection works');
  });

  for (const [kind, text] of [
    ['tls', 'A secure connection to the mail server failed.'],
    ['forbidden', 'You do not have permission to do this.'],
    ['malformed', 'The server sent data this page cannot read.'],
  ] as const) {
    it(`names the part that failed: ${kind}`, async () => {
      const { el, root, adapter } = await wizardFixture();
      await toCheckWithPassword(el, 'pw');
      adapter.injectFault('checkConnection', kind === 'malformed' ? { type: 'malformed' } : { type: 'reject', kind }, { times: 1 });
      await click(el, button(root, 'Check connection'));
      await settle(el);
      expect(notice(root, 'check-outcome')).to.contain(text);
      await expect(el).to.be.accessible();
    });
  }

  it('shows progress and can be cancelled (AbortSignal)', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('checkConnection', { type: 'hang' }, { times: 1 });
    await click(el, button(root, 'Check connection'));
    expect(root.querySelector('[part="panel"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.textContent).to.contain('Checking connection…');
    expect(button(root, 'Save').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Cancel check'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.contain('The check was cancelled.');
    expect(queryByRole(root, 'button', 'Cancel check')).to.equal(null);
    await waitUntil(() => focused(root, button(root, 'Check connection')), 'focus did not return to Check connection');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.equal('Connection works');
  });

  it('times out after check-timeout and says so', async () => {
    const { el, root, adapter } = await wizardFixture({}, { checkTimeout: 150 });
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('checkConnection', { type: 'hang' }, { times: 1 });
    await click(el, button(root, 'Save'));
    expect(root.textContent).to.contain('Checking connection…');
    await waitUntil(() => root.getElementById('check-outcome'), 'the check never timed out', { timeout: 2000 });
    expect(notice(root, 'check-outcome')).to.contain('The server took too long to answer.');
    expect(adapter.calls.filter((c) => c.method === 'saveAccount')).to.have.length(0);
    await waitUntil(() => focused(root, root.getElementById('check-outcome')), 'focus did not move to the outcome');
    await expect(el).to.be.accessible();
  });

  it('Back during a check stops it and keeps the input', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('checkConnection', { type: 'hang' }, { times: 1 });
    await click(el, button(root, 'Check connection'));
    await click(el, button(root, 'Back'));
    await atStep(el, 'credentials');
    expect(getByRole<HTMLInputElement>(root, 'password', 'Password').value).to.equal('pw');
  });

  it('a check running when the wizard leaves the page stops, and can be run again after it returns', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('checkConnection', { type: 'hang' }, { times: 1 });
    await click(el, button(root, 'Check connection'));
    // The check's code loads on first use: leave once the check has reached the adapter.
    await waitUntil(() => adapter.calls.some((call) => call.method === 'checkConnection'), 'the check never started');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    expect(notice(root, 'check-outcome')).to.contain('The check was cancelled.');
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.equal('Connection works');
  });

  it('says a save failed, keeps everything, and saves on retry', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('saveAccount', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    let created = 0;
    el.addEventListener('mail-account-created', () => created++);
    await click(el, button(root, 'Save'));
    await settle(el);
    const outcome = root.getElementById('save-outcome')!;
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(notice(root, 'save-outcome')).to.contain('The mail server cannot be reached.');
    await waitUntil(() => focused(root, outcome), 'focus did not move to the failure');
    expect(created).to.equal(0);
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Save'));
    await settle(el);
    expect(created).to.equal(1);
  });

  it('says a mailbox is already added', async () => {
    const { el, root } = await wizardFixture();
    await toCredentials(el, 'alex.wilber@contoso.com');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => root.textContent!.includes('Signed in as'));
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    await click(el, button(root, 'Save'));
    await settle(el);
    expect(notice(root, 'save-outcome')).to.contain('This mailbox is already added.');
  });

  it('a hanging save keeps the wizard busy and Back disabled', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    adapter.injectFault('saveAccount', { type: 'hang' }, { times: 1 });
    await click(el, button(root, 'Save'));
    await waitUntil(() => queryByRole(root, 'button', 'Saving…'), 'never saving');
    expect(button(root, 'Back').getAttribute('aria-disabled')).to.equal('true');
    await click(el, button(root, 'Back'));
    expect(el.step).to.equal('check');
    await expect(el).to.be.accessible();
  });
});

describe('<mail-provider-wizard> Exchange Listener (R2)', () => {
  it('says so before the credentials, and blocks saving while required', async () => {
    const { el, root, adapter } = await wizardFixture({ syncService: 'not-configured' });
    await toProvider(el, 'pat@fabrikam.com');
    expect(notice(root, 'sync-notice')).to.contain('The Exchange Listener synchronisation service is not configured.').and.contain('cannot be saved');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    await type(el, getByRole(root, 'password', 'Password'), 'pw');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    const save = button(root, 'Save');
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(save.getAttribute('aria-describedby')).to.equal('sync-notice');
    await click(el, save);
    await waitUntil(() => focused(root, root.getElementById('sync-notice')), 'focus did not move to the reason');
    expect(adapter.calls.filter((c) => c.method === 'checkConnection' || c.method === 'saveAccount')).to.have.length(0);
    await click(el, button(root, 'Check connection'));
    await settle(el);
    expect(notice(root, 'check-outcome')).to.contain('The Exchange Listener synchronisation service is unavailable.');
    await expect(el).to.be.accessible();
  });

  it('names an unreachable service too', async () => {
    const { el, root } = await wizardFixture({ syncService: 'unreachable' });
    await toProvider(el, 'alex@contoso.com');
    expect(notice(root, 'sync-notice')).to.contain('does not respond');
  });

  it('saves anyway when require-sync-service="false"', async () => {
    const { el, root } = await wizardFixture({ syncService: 'not-configured' });
    el.setAttribute('require-sync-service', 'false');
    await el.updateComplete;
    expect(el.requireSyncService).to.equal(false);
    await toProvider(el, 'pat@fabrikam.com');
    expect(notice(root, 'sync-notice')).to.contain('You can save the mailbox now');
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    await type(el, getByRole(root, 'password', 'Password'), 'pw');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    expect(button(root, 'Save').getAttribute('aria-disabled')).to.equal('false');
    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    await created;
    await settle(el);
    expect(root.textContent).to.contain('Mailbox pat@fabrikam.com is added.');
  });

  it('says nothing for a provider that is not Exchange', async () => {
    const { el, root } = await wizardFixture({ syncService: 'not-configured' });
    await toProvider(el, 'kim@northwindtraders.com');
    expect(root.getElementById('sync-notice')).to.equal(null);
  });
});

describe('<mail-provider-wizard> secrets (B3)', () => {
  it('no event carries the password, through failures and retries', async () => {
    const { el, root } = await wizardFixture();
    const events = recordEvents(el);
    await toCheckWithPassword(el, 'wrong');
    await click(el, button(root, 'Save'));
    await settle(el);
    await click(el, button(root, 'Back'));
    await atStep(el, 'credentials');
    await type(el, getByRole(root, 'password', 'Password'), 'Corr3ct-horse');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    await click(el, button(root, 'Save'));
    await settle(el);
    expect(events.some((e) => e.type === 'mail-account-created')).to.equal(true);
    const all = events.map((e) => e.detail).join('\n');
    expect(all).not.to.contain('wrong');
    expect(all).not.to.contain('Corr3ct-horse');
  });
});
