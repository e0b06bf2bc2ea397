import { expect } from '@open-wc/testing';
import { InMemoryAdapter, type MailSetupAdapter } from '../../src/adapter/index.js';
import { exchangeInput, rejectionOf } from './helpers.js';

type Call = (adapter: MailSetupAdapter, signal: AbortSignal) => Promise<unknown>;

const everyMethod: Record<string, Call> = {
  getPermissions: (a, signal) => a.getPermissions({ signal }),
  getSyncServiceStatus: (a, signal) => a.getSyncServiceStatus({ signal }),
  listProviders: (a, signal) => a.listProviders({ signal }),
  findProviderByDomain: (a, signal) => a.findProviderByDomain('contoso.com', { signal }),
  saveProvider: (a, signal) => a.saveProvider(exchangeInput(), { signal }),
  deleteProvider: (a, signal) => a.deleteProvider('imap-northwind', { signal }),
  listAccounts: (a, signal) => a.listAccounts({ signal }),
  saveAccount: (a, signal) => a.saveAccount({} as never, { signal }),
  deleteAccount: (a, signal) => a.deleteAccount('mailbox-alex-wilber', { signal }),
  checkConnection: (a, signal) => a.checkConnection({} as never, { signal }),
  signInWithOAuth: (a, signal) => a.signInWithOAuth!({ providerId: 'm365-contoso', email: 'a@contoso.com', login: 'a' }, { signal }),
};

describe('InMemoryAdapter — AbortSignal', () => {
  for (const [method, call] of Object.entries(everyMethod)) {
    it(`${method} rejects \`aborted\` for a signal that already fired`, async () => {
      const adapter = new InMemoryAdapter();
      const controller = new AbortController();
      controller.abort();
      expect((await rejectionOf(call(adapter, controller.signal))).kind).to.equal('aborted');
    });
  }

  it('rejects `aborted` when the signal fires during the latency, and writes nothing', async () => {
    const adapter = new InMemoryAdapter({ latencyMs: 20 });
    const controller = new AbortController();
    const pending = adapter.deleteProvider('imap-northwind', { signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(pending)).kind).to.equal('aborted');
    adapter.latencyMs = 0;
    expect((await adapter.listProviders()).map((p) => p.id)).to.include('imap-northwind');
  });

  it('keeps the abort reason as the cause', async () => {
    const adapter = new InMemoryAdapter({ latencyMs: 20 });
    const controller = new AbortController();
    const reason = new Error('user left');
    const pending = adapter.listProviders({ signal: controller.signal });
    controller.abort(reason);
    expect((await rejectionOf(pending)).cause).to.equal(reason);
  });

  it('answers after the latency when nothing aborts', async () => {
    const adapter = new InMemoryAdapter({ latencyMs: 20 });
    const controller = new AbortController();
    expect(await adapter.listProviders({ signal: controller.signal })).to.have.length(3);
  });

  it('rejects `timeout`, not `aborted`, when a timeout signal fires (AbortSignal.timeout)', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('listAccounts', { type: 'hang' });
    expect((await rejectionOf(adapter.listAccounts({ signal: AbortSignal.timeout(20) }))).kind).to.equal('timeout');
  });
});
