import { expect } from '@open-wc/testing';
import { ERROR_KINDS, InMemoryAdapter, MailSetupError, abortError, createDemoData, errorFromFieldErrors, isAbort } from '../../src/adapter/index.js';
import { MailAccountSchema, MailProviderSchema, validateAccountInput, validateProviderInput } from '../../src/model/index.js';

describe('adapter errors', () => {
  it('errorFromFieldErrors: only taken domains → `conflict`; anything else → `invalid`', () => {
    const conflict = errorFromFieldErrors({
      'domains.0': { code: 'domain-taken', params: { domain: 'a.com', provider: 'A' } },
      domains: { code: 'domain-taken', params: { domain: 'a.com', provider: 'A' } },
    });
    expect(conflict.kind).to.equal('conflict');
    expect(conflict.details).to.include({ field: 'domains.0', domain: 'a.com', providerName: 'A' });
    const invalid = errorFromFieldErrors({ name: { code: 'required' }, 'domains.0': { code: 'domain-taken' } });
    expect(invalid.kind).to.equal('invalid');
    expect(invalid.details.field).to.equal('name');
    expect(errorFromFieldErrors({}).kind).to.equal('invalid');
  });

  it('`invalid` is a kind of its own, apart from `malformed`', () => {
    expect(ERROR_KINDS).to.include.members(['invalid', 'malformed']);
  });

  it('abortError says `timeout` for a timed-out signal, `aborted` otherwise', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(abortError(controller.signal).kind).to.equal('aborted');
    const timeout = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(abortError(timeout).kind).to.equal('timeout');
    expect(isAbort(abortError(controller.signal))).to.equal(true);
    expect(isAbort(abortError(timeout))).to.equal(false);
  });

  it('MailSetupError.from keeps a foreign MailSetupError only when its kind is known', () => {
    const foreign = { name: 'MailSetupError', message: 'm', kind: 'in-use', details: { mailboxes: ['a@b.c'] } };
    expect(MailSetupError.from(foreign)).to.deep.include({ kind: 'in-use', details: foreign.details });
    expect(MailSetupError.from({ ...foreign, kind: 'weird' }).kind).to.equal('unknown');
  });
});

describe('createDemoData', () => {
  it('matches the schemas and passes the model rules, so the demo starts valid', () => {
    const data = createDemoData();
    for (const provider of data.providers) {
      expect(MailProviderSchema.safeParse(provider).success, provider.id).to.equal(true);
      const input = {
        ...provider,
        auth:
          provider.auth.method === 'oauth2'
            ? { method: 'oauth2', clientId: provider.auth.clientId, clientSecret: { action: 'keep' } }
            : provider.auth,
      };
      const others = data.providers.filter((p) => p.id !== provider.id);
      expect(validateProviderInput(input, { otherProviders: others, hasStoredSecret: true }).ok, provider.id).to.equal(true);
    }
    for (const account of data.accounts) {
      expect(MailAccountSchema.safeParse(account).success, account.id).to.equal(true);
      const provider = data.providers.find((p) => p.id === account.providerId)!;
      const auth =
        account.auth.method === 'oauth2' ? { method: 'oauth2', grantRef: account.auth.grantRef } : { method: 'basic', password: { action: 'keep' } };
      expect(validateAccountInput({ ...account, auth }, { provider }).ok, account.id).to.equal(true);
    }
  });

  it('holds the three providers and two mailboxes the demo describes', () => {
    const { providers, accounts } = createDemoData();
    expect(providers.map((p) => [p.id, p.type, p.auth.method, p.loginFormat])).to.deep.equal([
      ['m365-contoso', 'exchange', 'oauth2', 'email'],
      ['exchange-fabrikam', 'exchange', 'basic', 'mailbox-name'],
      ['imap-northwind', 'imap-smtp', 'basic', 'manual'],
    ]);
    expect(accounts.map((a) => [a.email, a.status, a.statusReason])).to.deep.equal([
      ['alex.wilber@contoso.com', 'connected', undefined],
      ['megan.bowen@contoso.com', 'needs-sign-in', 'grant-revoked'],
    ]);
  });

  it("is the default adapter's data; 'empty' has none", async () => {
    expect(await new InMemoryAdapter().listProviders()).to.deep.equal(createDemoData().providers);
    expect(await new InMemoryAdapter({ data: 'empty' }).listProviders()).to.deep.equal([]);
  });
});
