import { expect } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import { exchangeInput, fabrikamAccount, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — subscribe, reset, call log', () => {
  it('tells subscribers after every successful write, not after reads or failures', async () => {
    const adapter = new InMemoryAdapter();
    let told = 0;
    adapter.subscribe(() => told++);
    await adapter.listProviders();
    await adapter.checkConnection({
      providerId: 'imap-northwind',
      email: 'a@northwindtraders.com',
      login: 'a',
      auth: { method: 'basic', password: { action: 'replace', value: 'p' } },
    });
    expect(told).to.equal(0);
    const provider = await adapter.saveProvider(exchangeInput());
    const account = await adapter.saveAccount(fabrikamAccount());
    await adapter.deleteAccount(account.id);
    await adapter.deleteProvider(provider.id);
    expect(told).to.equal(4);
    await rejectionOf(adapter.deleteProvider('nope'));
    expect(told).to.equal(4);
  });

  it('the subscriber sees the write already done; unsubscribing stops the calls', async () => {
    const adapter = new InMemoryAdapter();
    const seen: number[] = [];
    const unsubscribe = adapter.subscribe(() => {
      void adapter.listAccounts().then((accounts) => seen.push(accounts.length));
    });
    await adapter.deleteAccount('mailbox-megan-bowen');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).to.deep.equal([1]);
    unsubscribe();
    await adapter.deleteAccount('mailbox-alex-wilber');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).to.deep.equal([1]);
  });

  it('a throwing subscriber neither breaks the write nor the other subscribers', async () => {
    const adapter = new InMemoryAdapter();
    let told = 0;
    const reported: unknown[] = [];
    // The adapter reports a subscriber's error with reportError, as EventTarget does; catch it here.
    const original = window.reportError;
    window.reportError = (error: unknown) => void reported.push(error);
    try {
      adapter.subscribe(() => {
        throw new Error('boom');
      });
      adapter.subscribe(() => told++);
      await adapter.deleteAccount('mailbox-megan-bowen');
    } finally {
      window.reportError = original;
    }
    expect(told).to.equal(1);
    expect((reported[0] as Error).message).to.equal('boom');
    expect(await adapter.listAccounts()).to.have.length(1);
  });

  it('reset restores the initial data, the switches, the latency and removes faults; tells subscribers', async () => {
    const adapter = new InMemoryAdapter({ canManageAdministration: false, syncService: 'unreachable' });
    const initial = JSON.stringify([await adapter.listProviders(), await adapter.listAccounts()]);
    await adapter.deleteAccount('mailbox-megan-bowen');
    adapter.canManageAdministration = true;
    adapter.syncService = 'ok';
    adapter.latencyMs = 50;
    adapter.injectFault('*', { type: 'reject', kind: 'unreachable' });
    let told = 0;
    adapter.subscribe(() => told++);
    adapter.reset();
    expect(told).to.equal(1);
    expect(adapter.canManageAdministration).to.equal(false);
    expect(adapter.syncService).to.equal('unreachable');
    expect(adapter.latencyMs).to.equal(0);
    expect(JSON.stringify([await adapter.listProviders(), await adapter.listAccounts()])).to.equal(initial);
  });

  it('logs every call by method and time, without arguments', async () => {
    const adapter = new InMemoryAdapter();
    const before = Date.now();
    await adapter.listProviders();
    await rejectionOf(adapter.saveProvider(exchangeInput({ name: '' })));
    const controller = new AbortController();
    controller.abort();
    await rejectionOf(adapter.listAccounts({ signal: controller.signal }));
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['listProviders', 'saveProvider', 'listAccounts']);
    expect(adapter.calls.every((c) => c.at >= before && Object.keys(c).length === 2)).to.equal(true);
    adapter.clearCalls();
    expect(adapter.calls).to.deep.equal([]);
  });

  it('the log it gives out is a copy', async () => {
    const adapter = new InMemoryAdapter();
    await adapter.listProviders();
    (adapter.calls as unknown as unknown[]).length = 0;
    expect(adapter.calls).to.have.length(1);
  });
});
