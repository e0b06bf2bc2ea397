import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter, type MailSetupAdapter } from '../../src/adapter/index.js';
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { atStep, button, click, focused, settle, toCredentials, type, wizardFixture } from './wizard-helpers.js';

function signInStatus(root: ShadowRoot): string {
  return root.getElementById('sign-in-status')?.textContent?.trim() ?? '';
}

describe('<mail-provider-wizard> OAuth 2.0 sign-in (R12)', () => {
  it('signs in through the host with the mailbox’s provider, address and login', async () => {
    // Spied before the wizard wraps the adapter: the wrapper takes the method as it finds it.
    const adapter = new InMemoryAdapter();
    let request: unknown;
    const original = adapter.signInWithOAuth.bind(adapter);
    adapter.signInWithOAuth = (req, options) => {
      request = req;
      return original(req, options);
    };
    const el = await fixture<MailProviderWizard>(html`<mail-provider-wizard locale="en" .adapter=${adapter}></mail-provider-wizard>`);
    const root = el.shadowRoot!;
    await toCredentials(el, 'alex@contoso.com');
    const signIn = button(root, 'Sign in');
    expect(description(signIn)).to.contain('never seen by this page');
    await click(el, signIn);
    await waitUntil(() => signInStatus(root) === 'Signed in as alex@contoso.com', 'not signed in');
    expect(request).to.deep.equal({ providerId: 'm365-contoso', email: 'alex@contoso.com', login: 'alex@contoso.com' });
    expect(description(signIn)).to.contain('Signed in as alex@contoso.com');
    await expect(el).to.be.accessible();
  });

  it('shows waiting, and a hanging sign-in can be cancelled', async () => {
    const { el, root, adapter } = await wizardFixture();
    adapter.injectFault('signInWithOAuth', { type: 'hang' }, { times: 1 });
    await toCredentials(el, 'alex@contoso.com');
    await click(el, button(root, 'Sign in'));
    expect(signInStatus(root)).to.equal('Waiting for you to sign in in the other window…');
    expect(button(root, 'Sign in').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Cancel sign-in'));
    expect(signInStatus(root)).to.equal('Sign-in was cancelled. Press Sign in to try again.');
    await waitUntil(() => focused(root, button(root, 'Sign in')), 'focus did not return to Sign in');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => signInStatus(root).startsWith('Signed in as'), 'not signed in on the second try');
  });

  it('says when the user closed the sign-in page, and lets them try again', async () => {
    const { el, root, adapter } = await wizardFixture();
    adapter.injectFault('signInWithOAuth', { type: 'reject', kind: 'cancelled' }, { times: 1 });
    await toCredentials(el, 'alex@contoso.com');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => signInStatus(root).startsWith('Sign-in was cancelled'), 'no cancelled state');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Next'));
    expect(el.step).to.equal('credentials');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => signInStatus(root).startsWith('Signed in as'));
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
  });

  it('says when the sign-in failed, and Next asks for one', async () => {
    const { el, root, adapter } = await wizardFixture();
    adapter.injectFault('signInWithOAuth', { type: 'reject', kind: 'unreachable' });
    await toCredentials(el, 'alex@contoso.com');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => signInStatus(root).startsWith('Sign-in failed'), 'no failed state');
    expect(signInStatus(root)).to.contain('The mail server cannot be reached.');
    await click(el, button(root, 'Next'));
    expect(el.step).to.equal('credentials');
    expect(description(button(root, 'Sign in'))).to.contain('Sign in to continue.');
    expect(focused(root, button(root, 'Sign in'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says so when the adapter cannot sign in', async () => {
    const inner = new InMemoryAdapter();
    // A host adapter without the optional signInWithOAuth.
    const adapter: MailSetupAdapter = {
      getPermissions: (o) => inner.getPermissions(o),
      getSyncServiceStatus: (o) => inner.getSyncServiceStatus(o),
      listProviders: (o) => inner.listProviders(o),
      findProviderByDomain: (d, o) => inner.findProviderByDomain(d, o),
      saveProvider: (i, o) => inner.saveProvider(i, o),
      deleteProvider: (i, o) => inner.deleteProvider(i, o),
      listAccounts: (o) => inner.listAccounts(o),
      saveAccount: (i, o) => inner.saveAccount(i, o),
      deleteAccount: (i, o) => inner.deleteAccount(i, o),
      checkConnection: (r, o) => inner.checkConnection(r, o),
    };
    const el = await fixture<MailProviderWizard>(html`<mail-provider-wizard locale="en" .adapter=${adapter}></mail-provider-wizard>`);
    const root = el.shadowRoot!;
    await toCredentials(el, 'alex@contoso.com');
    expect(queryByRole(root, 'button', 'Sign in')).to.equal(null);
    expect(root.textContent).to.contain('Sign-in with OAuth 2.0 is not available on this page.');
    await click(el, button(root, 'Next'));
    expect(root.textContent).to.contain('Sign in to continue.');
    await expect(el).to.be.accessible();
  });

  it('forgets the sign-in when the address changes', async () => {
    const { el, root } = await wizardFixture();
    await toCredentials(el, 'alex@contoso.com');
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => signInStatus(root).startsWith('Signed in as'));
    await click(el, button(root, 'Back'));
    await atStep(el, 'provider');
    await click(el, button(root, 'Back'));
    await atStep(el, 'email');
    await type(el, getByRole(root, 'textbox', 'Email address'), 'sam@contoso.com');
    await click(el, button(root, 'Next'));
    await atStep(el, 'provider');
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    await settle(el);
    expect(signInStatus(root)).to.equal('');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Login').value).to.equal('sam@contoso.com');
  });
});
