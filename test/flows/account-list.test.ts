import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  accountListReducer as reduce,
  accountListView as view,
  filterAccounts,
  indexAfterRemoval,
  initialAccountListState,
  mailboxesByProvider,
  nameSome,
  providerDeleteCheck,
  providersById,
  type AccountListAction,
  type AccountListState,
} from '../../src/flows/index.js';
import { createDemoData, type MailAccount } from '../../src/index.js';
import { at } from '../helpers/at.js';

const demo = createDemoData();
const [alex, megan] = [at(demo.accounts, 0), at(demo.accounts, 1)];

function run(state: AccountListState, ...actions: AccountListAction[]): AccountListState {
  return actions.reduce(reduce, state);
}

function ready(): AccountListState {
  return run(
    initialAccountListState(),
    { type: 'permissions-loaded', canManageAdministration: true },
    { type: 'providers-loaded', providers: demo.providers },
    { type: 'accounts-loaded', accounts: demo.accounts },
  );
}

const items = <T>(section: { status: string; items?: readonly T[] }): readonly T[] => {
  if (section.status !== 'ready' || !section.items) throw new Error(`section is ${section.status}`);
  return section.items;
};

function account(id: string, email: string, providerId = 'm365-contoso'): MailAccount {
  return { ...alex, id, email, login: email, providerId, isDefault: false };
}

describe('account list state', () => {
  it('starts with every section loading, and keeps each section on its own', () => {
    const start = initialAccountListState();
    expect([start.accounts.status, start.providers.status, start.permissions.status]).to.deep.equal(['loading', 'loading', 'loading']);
    const partial = run(
      start,
      { type: 'providers-loaded', providers: demo.providers },
      { type: 'load-failed', section: 'accounts', kind: 'timeout' },
    );
    expect(partial.providers.status).to.equal('ready');
    expect(partial.accounts).to.deep.equal({ status: 'failed', kind: 'timeout' });
  });

  it('load-started puts only the named sections back to loading', () => {
    const state = run(ready(), { type: 'load-started', sections: ['accounts'] });
    expect(state.accounts.status).to.equal('loading');
    expect(state.providers.status).to.equal('ready');
  });

  it('adds a created mailbox at the end and replaces a saved one in place', () => {
    const created = account('new', 'new@contoso.com');
    const added = run(ready(), { type: 'account-saved', account: created });
    expect(items(added.accounts).map((a) => a.id)).to.deep.equal([alex.id, megan.id, 'new']);
    const renamed = run(added, { type: 'account-saved', account: { ...megan, displayName: 'M.B.' } });
    expect(items(renamed.accounts).map((a) => a.id)).to.deep.equal([alex.id, megan.id, 'new']);
    expect(at(items(renamed.accounts), 1).displayName).to.equal('M.B.');
  });

  it('keeps one default mailbox: a saved default clears the others', () => {
    const state = run(ready(), { type: 'account-saved', account: { ...megan, isDefault: true } });
    expect(items(state.accounts).map((a) => a.isDefault)).to.deep.equal([false, true]);
  });

  it('ignores saves and deletes for a section that is not loaded', () => {
    const failed = run(initialAccountListState(), { type: 'load-failed', section: 'accounts', kind: 'unknown' });
    expect(run(failed, { type: 'account-saved', account: alex }).accounts).to.deep.equal(failed.accounts);
    expect(run(failed, { type: 'account-deleted', accountId: alex.id }).accounts).to.deep.equal(failed.accounts);
    expect(run(failed, { type: 'provider-deleted', providerId: 'x' }).providers.status).to.equal('loading');
  });

  it('removes a deleted mailbox, and a deleted or saved provider updates its section', () => {
    let state = run(ready(), { type: 'account-deleted', accountId: alex.id });
    expect(items(state.accounts).map((a) => a.id)).to.deep.equal([megan.id]);
    state = run(state, { type: 'provider-saved', provider: { ...at(demo.providers, 1), name: 'Renamed' } });
    expect(at(items(state.providers), 1).name).to.equal('Renamed');
    state = run(state, { type: 'provider-deleted', providerId: 'imap-northwind' });
    expect(items(state.providers).map((p) => p.id)).to.deep.equal(['m365-contoso', 'exchange-fabrikam']);
  });

  it('keeps an in-use refusal until the mailboxes load again, less the mailboxes deleted meanwhile', () => {
    let state = run(ready(), { type: 'provider-refused', providerId: 'imap-northwind', mailboxes: ['other@northwindtraders.com', alex.email] });
    expect(state.refusals['imap-northwind']).to.deep.equal(['other@northwindtraders.com', alex.email]);
    state = run(state, { type: 'account-deleted', accountId: alex.id });
    expect(state.refusals['imap-northwind']).to.deep.equal(['other@northwindtraders.com']);
    state = run(state, { type: 'accounts-loaded', accounts: [megan] });
    expect(state.refusals).to.deep.equal({});
  });

  it('drops a refusal once its last named mailbox is deleted, but keeps one that named none', () => {
    let state = run(
      ready(),
      { type: 'provider-refused', providerId: 'imap-northwind', mailboxes: [alex.email.toUpperCase()] },
      { type: 'provider-refused', providerId: 'exchange-fabrikam', mailboxes: [] },
    );
    state = run(state, { type: 'account-deleted', accountId: alex.id });
    expect(Object.keys(state.refusals)).to.deep.equal(['exchange-fabrikam']);
    state = run(state, { type: 'provider-deleted', providerId: 'exchange-fabrikam' });
    expect(state.refusals).to.deep.equal({});
  });
});

describe('account list view', () => {
  it('shows one error when nothing could be loaded', () => {
    const state = run(
      initialAccountListState(),
      { type: 'load-failed', section: 'accounts', kind: 'unreachable' },
      { type: 'load-failed', section: 'providers', kind: 'unreachable' },
    );
    expect(view(state).failedKind).to.equal('unreachable');
  });

  it('shows a partial failure per section', () => {
    const state = run(ready(), { type: 'load-failed', section: 'accounts', kind: 'timeout' });
    expect(view(state).failedKind).to.equal(null);
    expect(view(state).providersLoad.status).to.equal('ready');
  });

  it('shows the providers section only with CanManageAdministration (R1), or when the right could not be read', () => {
    expect(view(ready()).showProviders).to.equal(true);
    expect(view(run(ready(), { type: 'permissions-loaded', canManageAdministration: false })).showProviders).to.equal(false);
    expect(view(initialAccountListState()).showProviders).to.equal(false);
    const unknown = run(ready(), { type: 'load-failed', section: 'permissions', kind: 'forbidden' });
    expect(view(unknown).showProviders).to.equal(true);
    expect(view(unknown).providersLoad).to.deep.equal({ status: 'failed', kind: 'forbidden' });
  });
});

describe('filterAccounts', () => {
  const byId = providersById(demo.providers);
  const many = [
    account('1', 'anna@contoso.com'),
    account('2', 'boris@fabrikam.com', 'exchange-fabrikam'),
    account('3', 'carl@northwindtraders.com', 'imap-northwind'),
  ];

  it('keeps everything (the same array) for an empty or blank query', () => {
    expect(filterAccounts(many, byId, '') === many).to.equal(true);
    expect(filterAccounts(many, byId, '   ') === many).to.equal(true);
  });

  it('narrows by address, ignoring case and surrounding spaces', () => {
    expect(filterAccounts(many, byId, ' BORIS ').map((a) => a.id)).to.deep.equal(['2']);
    expect(filterAccounts(many, byId, 'contoso').map((a) => a.id)).to.deep.equal(['1']);
  });

  it('narrows by provider name', () => {
    expect(filterAccounts(many, byId, 'northwind mail').map((a) => a.id)).to.deep.equal(['3']);
    expect(filterAccounts(many, byId, 'exchange').map((a) => a.id)).to.deep.equal(['2']);
  });

  it('finds nothing when nothing matches, and copes with a mailbox whose provider is unknown', () => {
    expect(filterAccounts(many, byId, 'zzz')).to.deep.equal([]);
    expect(filterAccounts([account('4', 'dora@x.org', 'gone')], byId, 'dora').map((a) => a.id)).to.deep.equal(['4']);
  });

  it('filters ten thousand mailboxes quickly (B9)', () => {
    const big = Array.from({ length: 10_000 }, (_, i) => account(`m${i}`, `user${i}@contoso.com`));
    const started = performance.now();
    const shown = filterAccounts(big, byId, 'user99');
    // Generous: a sanity bound against an accidental quadratic loop, not a benchmark.
    expect(performance.now() - started).to.be.lessThan(200);
    expect(shown.length).to.equal(111);
  });
});

describe('provider delete rule (R15)', () => {
  const usage = mailboxesByProvider(demo.accounts);

  it('counts the mailboxes of each provider, in list order', () => {
    expect(usage.get('m365-contoso')).to.deep.equal([alex.email, megan.email]);
    expect(usage.has('imap-northwind')).to.equal(false);
  });

  it('refuses, before any request, while a known mailbox uses the provider, and names them', () => {
    expect(providerDeleteCheck('m365-contoso', usage, {})).to.deep.equal({ allowed: false, mailboxes: [alex.email, megan.email] });
  });

  it('allows a provider no mailbox uses, and says whether that is known', () => {
    expect(providerDeleteCheck('imap-northwind', usage, {})).to.deep.equal({ allowed: true, known: true });
    expect(providerDeleteCheck('imap-northwind', null, {})).to.deep.equal({ allowed: true, known: false });
  });

  it("refuses after the adapter's in-use refusal, adding its mailboxes without repeats", () => {
    const refusals = { 'm365-contoso': [alex.email.toUpperCase(), 'x@contoso.com'], 'imap-northwind': [] };
    expect(providerDeleteCheck('m365-contoso', usage, refusals)).to.deep.equal({
      allowed: false,
      mailboxes: [alex.email, megan.email, 'x@contoso.com'],
    });
    expect(providerDeleteCheck('imap-northwind', usage, refusals)).to.deep.equal({ allowed: false, mailboxes: [] });
  });

  it('names the first few mailboxes and counts the rest', () => {
    expect(nameSome(['a', 'b'])).to.deep.equal({ named: ['a', 'b'], more: 0 });
    expect(nameSome(['a', 'b', 'c', 'd', 'e'])).to.deep.equal({ named: ['a', 'b', 'c'], more: 2 });
    expect(nameSome(['a', 'b', 'c'], 1)).to.deep.equal({ named: ['a'], more: 2 });
  });
});

describe('indexAfterRemoval', () => {
  it('is the row that took the place, else the one before, else none', () => {
    expect(indexAfterRemoval(1, 3)).to.equal(1);
    expect(indexAfterRemoval(3, 3)).to.equal(2);
    expect(indexAfterRemoval(0, 0)).to.equal(null);
    expect(indexAfterRemoval(-1, 3)).to.equal(null);
  });
});
