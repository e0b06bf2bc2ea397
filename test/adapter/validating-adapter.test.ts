import { expect } from '@open-wc/testing';
import { InMemoryAdapter, MailSetupError, withValidation, type MailSetupAdapter } from '../../src/adapter/index.js';
import { rejectionOf } from './helpers.js';

/** An adapter whose every method answers `value` (or throws `error`), to feed the wrapper anything. */
function stub(answer: () => unknown): MailSetupAdapter {
  const method = () => answer() as Promise<never>;
  return {
    getPermissions: method,
    getSyncServiceStatus: method,
    listProviders: method,
    findProviderByDomain: method,
    saveProvider: method,
    deleteProvider: method,
    listAccounts: method,
    saveAccount: method,
    deleteAccount: method,
    checkConnection: method,
  };
}

describe('withValidation', () => {
  it('passes good data through unchanged', async () => {
    const inner = new InMemoryAdapter();
    const adapter = withValidation(inner);
    expect(await adapter.getPermissions()).to.deep.equal({ canManageAdministration: true });
    expect(await adapter.getSyncServiceStatus()).to.deep.equal({ state: 'ok' });
    expect(await adapter.listProviders()).to.deep.equal(await inner.listProviders());
    expect(await adapter.listAccounts()).to.deep.equal(await inner.listAccounts());
    expect(await adapter.findProviderByDomain('contoso.com')).to.deep.equal(await inner.findProviderByDomain('contoso.com'));
    expect(await adapter.findProviderByDomain('example.org')).to.equal(null);
    const check = await adapter.checkConnection({
      providerId: 'm365-contoso',
      email: 'a@contoso.com',
      login: 'a@contoso.com',
      auth: { method: 'oauth2', grantRef: 'g' },
    });
    expect(check.checkedAt).to.be.a('string');
    expect(await adapter.signInWithOAuth!({ providerId: 'm365-contoso', email: 'a@contoso.com', login: 'a' })).to.include({
      signedInAs: 'a@contoso.com',
    });
    expect(await adapter.deleteAccount('mailbox-megan-bowen')).to.equal(undefined);
  });

  it('turns data of the wrong shape into a `malformed` MailSetupError', async () => {
    const shapes: [keyof MailSetupAdapter, unknown][] = [
      ['getPermissions', { canManageAdministration: 'yes' }],
      ['getSyncServiceStatus', { state: 'fine' }],
      ['listProviders', [{ id: 42 }]],
      ['listProviders', { length: 0 }],
      ['findProviderByDomain', undefined],
      ['findProviderByDomain', { id: 'x' }],
      ['listAccounts', null],
      ['saveAccount', 'ok'],
      ['checkConnection', { checkedAt: 'yesterday' }],
    ];
    for (const [method, value] of shapes) {
      const adapter = withValidation(stub(() => Promise.resolve(value))) as unknown as Record<string, () => Promise<unknown>>;
      const error = await rejectionOf(adapter[method]!());
      expect(error.kind, method).to.equal('malformed');
      expect(error.message).to.include(method);
    }
  });

  it('normalises every rejection, even a synchronous throw, to a MailSetupError', async () => {
    const cases: [() => unknown, string][] = [
      [() => Promise.reject(new MailSetupError('in-use', 'x', { mailboxes: ['a@b.c'] })), 'in-use'],
      [() => Promise.reject(new DOMException('stop', 'AbortError')), 'aborted'],
      [() => Promise.reject(new TypeError('Failed to fetch')), 'unknown'],
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a careless adapter may reject with anything
      [() => Promise.reject('a string'), 'unknown'],
      [
        () => {
          throw new Error('sync');
        },
        'unknown',
      ],
      // A MailSetupError from another copy of the library keeps its kind and details.
      [() => Promise.reject(Object.assign(new Error('x'), { name: 'MailSetupError', kind: 'forbidden', details: { field: 'f' } })), 'forbidden'],
    ];
    for (const [answer, kind] of cases) {
      const error = await rejectionOf(withValidation(stub(answer)).listProviders());
      expect(error.kind).to.equal(kind);
    }
  });

  it('keeps the inner error, details included', async () => {
    const original = new MailSetupError('in-use', 'x', { mailboxes: ['a@b.c'] });
    expect(await rejectionOf(withValidation(stub(() => Promise.reject(original))).deleteProvider('p'))).to.equal(original);
  });

  it('has signInWithOAuth only when the inner adapter has it', () => {
    expect(withValidation(stub(() => Promise.resolve(null)))).not.to.have.property('signInWithOAuth');
    expect(withValidation(new InMemoryAdapter()).signInWithOAuth).to.be.a('function');
  });

  it('honours the signal even when the inner adapter ignores it', async () => {
    const adapter = withValidation(stub(() => new Promise(() => undefined)));
    const controller = new AbortController();
    const pending = adapter.listProviders({ signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(pending)).kind).to.equal('aborted');
    expect((await rejectionOf(adapter.listProviders({ signal: controller.signal }))).kind).to.equal('aborted');
  });

  it('passes arguments and the signal through, keeping `this`', async () => {
    const inner = new InMemoryAdapter({ latencyMs: 20 });
    const adapter = withValidation(inner);
    const controller = new AbortController();
    const pending = adapter.deleteAccount('mailbox-megan-bowen', { signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(pending)).kind).to.equal('aborted');
    inner.latencyMs = 0;
    expect(await inner.listAccounts()).to.have.length(2);
  });

  it('returns a wrapper unchanged when wrapped again', () => {
    const once = withValidation(new InMemoryAdapter());
    expect(withValidation(once)).to.equal(once);
  });
});
