// Issue 10, item 13: the account list's provider controls show only with the right granted.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { accountListReducer, accountListView, initialAccountListState } from '../../src/flows/account-list.js';

describe('accountListView: provider access fails closed (item 13)', () => {
  const start = initialAccountListState();

  it('checking while the right loads, failed when it could not be read; neither grants', () => {
    expect(accountListView(start).providerAccess).to.equal('checking');
    const failed = accountListReducer(start, { type: 'load-failed', section: 'permissions', kind: 'unreachable' });
    expect(accountListView(failed).providerAccess).to.equal('failed');
  });

  it('granted only when the right was read as true', () => {
    expect(accountListView(accountListReducer(start, { type: 'permissions-loaded', canManageAdministration: true })).providerAccess).to.equal('granted');
    expect(accountListView(accountListReducer(start, { type: 'permissions-loaded', canManageAdministration: false })).providerAccess).to.equal('denied');
  });
});
