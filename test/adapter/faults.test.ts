import { expect } from '@open-wc/testing';
import { InMemoryAdapter, withValidation } from '../../src/adapter/index.js';
import { exchangeInput, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — injected faults', () => {
  it('rejects with the injected kind and details', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('listProviders', { type: 'reject', kind: 'unreachable', details: { field: 'x' } });
    const error = await rejectionOf(adapter.listProviders());
    expect(error.kind).to.equal('unreachable');
    expect(error.details).to.deep.equal({ field: 'x' });
    expect(await adapter.listAccounts()).to.have.length(2);
  });

  it('fails every call until cleared by default, or only `times` calls', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('getPermissions', { type: 'reject', kind: 'timeout' });
    await rejectionOf(adapter.getPermissions());
    await rejectionOf(adapter.getPermissions());
    adapter.clearFaults();
    expect(await adapter.getPermissions()).to.deep.equal({ canManageAdministration: true });

    adapter.injectFault('getPermissions', { type: 'reject', kind: 'timeout' }, { times: 2 });
    await rejectionOf(adapter.getPermissions());
    await rejectionOf(adapter.getPermissions());
    expect(await adapter.getPermissions()).to.deep.equal({ canManageAdministration: true });
  });

  it("'*' fails every method; a later method fault wins over it", async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('*', { type: 'reject', kind: 'unreachable' });
    expect((await rejectionOf(adapter.listProviders())).kind).to.equal('unreachable');
    expect((await rejectionOf(adapter.getSyncServiceStatus())).kind).to.equal('unreachable');
    expect((await rejectionOf(adapter.signInWithOAuth({ providerId: 'm365-contoso', email: 'a@contoso.com', login: 'a' }))).kind).to.equal(
      'unreachable',
    );
    adapter.injectFault('signInWithOAuth', { type: 'reject', kind: 'cancelled' }, { times: 1 });
    expect((await rejectionOf(adapter.signInWithOAuth({ providerId: 'm365-contoso', email: 'a@contoso.com', login: 'a' }))).kind).to.equal(
      'cancelled',
    );
    expect((await rejectionOf(adapter.listAccounts())).kind).to.equal('unreachable');
  });

  it('a failed write changes nothing and tells no subscriber', async () => {
    const adapter = new InMemoryAdapter();
    let told = 0;
    adapter.subscribe(() => told++);
    adapter.injectFault('saveProvider', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    await rejectionOf(adapter.saveProvider(exchangeInput()));
    expect(await adapter.listProviders()).to.have.length(3);
    expect(told).to.equal(0);
  });

  it('`hang` never settles until the signal fires, then rejects `aborted`', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('checkConnection', { type: 'hang' });
    const controller = new AbortController();
    let settled = false;
    const pending = adapter
      .checkConnection(
        {
          providerId: 'imap-northwind',
          email: 'a@northwindtraders.com',
          login: 'a',
          auth: { method: 'basic', password: { action: 'replace', value: 'p' } },
        },
        { signal: controller.signal },
      )
      .finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).to.equal(false);
    controller.abort();
    expect((await rejectionOf(pending)).kind).to.equal('aborted');
  });

  it('`malformed` resolves with the wrong shape, which withValidation turns into `malformed`', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('*', { type: 'malformed' });
    expect(await adapter.listProviders()).to.deep.equal([{ id: 42 }]);
    expect(await adapter.getPermissions()).to.deep.equal({ nope: true });
    const wrapped = withValidation(adapter);
    const calls: Promise<unknown>[] = [
      wrapped.getPermissions(),
      wrapped.getSyncServiceStatus(),
      wrapped.listProviders(),
      wrapped.findProviderByDomain('contoso.com'),
      wrapped.saveProvider(exchangeInput()),
      wrapped.listAccounts(),
      wrapped.saveAccount({} as never),
      wrapped.checkConnection({} as never),
      wrapped.signInWithOAuth!({ providerId: 'm365-contoso', email: 'a@contoso.com', login: 'a' }),
    ];
    for (const call of calls) expect((await rejectionOf(call)).kind).to.equal('malformed');
    // A delete has no data to check: the wrapper resolves with nothing, whatever came back.
    expect(await wrapped.deleteAccount('mailbox-alex-wilber')).to.equal(undefined);
  });

  it('a rejected call still waits the latency, as a real server would', async () => {
    const adapter = new InMemoryAdapter({ latencyMs: 20 });
    adapter.injectFault('listProviders', { type: 'reject', kind: 'unreachable' });
    const controller = new AbortController();
    const pending = adapter.listProviders({ signal: controller.signal });
    controller.abort();
    // The abort during the wait wins over the fault still to come.
    expect((await rejectionOf(pending)).kind).to.equal('aborted');
  });
});
