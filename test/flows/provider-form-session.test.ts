import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  initialProviderFormSession,
  isProviderFormReadOnly,
  providerFormEffects,
  providerFormFeedback,
  providerFormJobFailed,
  providerFormSessionReducer as reduce,
  type ProviderFormSession,
  type ProviderFormSessionAction,
} from '../../src/flows/provider-form-session.js';
import type { MailProvider } from '../../src/model/index.js';
import { CLIENT_ID as GUID, storedExchange } from '../helpers/samples.mjs';

const stored = storedExchange();

function run(state: ProviderFormSession, ...actions: ProviderFormSessionAction[]): ProviderFormSession {
  return actions.reduce(reduce, state);
}

function loaded(can = true, providers: MailProvider[] = [stored]): ProviderFormSession {
  const asked = reduce(initialProviderFormSession(), { type: 'load-requested' });
  const request = asked.load.status === 'loading' ? asked.load.request : -1;
  return reduce(asked, { type: 'loaded', request, canManageAdministration: can, syncState: 'ok', providers });
}

function typeNewExchange(state: ProviderFormSession): ProviderFormSession {
  return reduce(state, {
    type: 'edit',
    action: {
      type: 'edit',
      patch: { name: 'Fabrikam', serviceAddress: 'mail.fabrikam.com', clientId: GUID, clientSecret: 's3cret', domains: ['fabrikam.com'] },
    },
  });
}

describe('provider form session: load', () => {
  it('asks for a load job, and only the answer to the latest request counts', () => {
    const first = reduce(initialProviderFormSession(), { type: 'load-requested' });
    const second = reduce(first, { type: 'load-requested' });
    const effects = providerFormEffects(first, second);
    expect(effects.stop).to.deep.equal(['load']);
    expect(effects.start.map((e) => e.type)).to.deep.equal(['load']);
    const stale = reduce(second, { type: 'loaded', request: 1, canManageAdministration: true, syncState: 'ok', providers: [] });
    expect(stale).to.equal(second);
  });

  it('is read-only until the right is known to be held (R1 fails closed)', () => {
    expect(isProviderFormReadOnly(initialProviderFormSession())).to.equal(true);
    expect(isProviderFormReadOnly(loaded(false))).to.equal(true);
    expect(isProviderFormReadOnly(loaded(true))).to.equal(false);
  });

  it('a provider asked for by id loads into the draft; an unknown id is not-found', () => {
    const configured = reduce(initialProviderFormSession(), { type: 'configure', source: null, providerId: 'p1', defaults: {} });
    const asked = reduce(configured, { type: 'load-requested' });
    const ok = reduce(asked, { type: 'loaded', request: 1, canManageAdministration: true, syncState: 'ok', providers: [stored] });
    expect(ok.form.draft.name).to.equal('Contoso');
    const missing = reduce(asked, { type: 'loaded', request: 1, canManageAdministration: true, syncState: 'ok', providers: [] });
    expect(missing.load).to.deep.equal({ status: 'failed', kind: 'not-found' });
  });

  it('a failed load keeps its kind, whatever it is, for the one describeError path', () => {
    const asked = reduce(initialProviderFormSession(), { type: 'load-requested' });
    const effect = providerFormEffects(initialProviderFormSession(), asked).start[0]!;
    const failed = reduce(asked, providerFormJobFailed(effect, 'constructor'));
    expect(failed.load).to.deep.equal({ status: 'failed', kind: 'constructor' });
  });
});

describe('provider form session: save', () => {
  it('an invalid draft is not saved: it shows every error, focuses the first and announces', () => {
    const before = loaded();
    const after = reduce(before, { type: 'submit', freshKey: 'k1' });
    expect(after.save.status).to.equal('idle');
    expect(after.form.submitted).to.equal(true);
    expect(providerFormFeedback(before, after, { type: 'submit', freshKey: 'k1' })).to.deep.equal({
      focus: 'first-invalid',
      announce: { type: 'invalid' },
    });
  });

  it('a valid create starts one save job with an idempotency key; a second Apply while saving does nothing', () => {
    const ready = typeNewExchange(loaded());
    const saving = reduce(ready, { type: 'submit', freshKey: 'k1' });
    const { start } = providerFormEffects(ready, saving);
    expect(start).to.have.length(1);
    expect(start[0]).to.include({ type: 'save', idempotencyKey: 'k1' });
    expect(reduce(saving, { type: 'submit', freshKey: 'k2' })).to.equal(saving);
  });

  it('Apply again after a lost answer sends the same key (no duplicate); a changed draft gets a new one', () => {
    const ready = typeNewExchange(loaded());
    const saving = reduce(ready, { type: 'submit', freshKey: 'k1' });
    const request = saving.save.status === 'saving' ? saving.save.request : -1;
    const failed = reduce(saving, { type: 'save-failed', request, failure: { kind: 'malformed', details: {} } });
    const retry = reduce(failed, { type: 'submit', freshKey: 'k2' });
    expect(providerFormEffects(failed, retry).start[0]).to.include({ idempotencyKey: 'k1' });
    const changed = reduce(failed, { type: 'edit', action: { type: 'edit', patch: { name: 'Fabrikam 2' } } });
    const other = reduce(changed, { type: 'submit', freshKey: 'k3' });
    expect(providerFormEffects(changed, other).start[0]).to.include({ idempotencyKey: 'k3' });
  });

  it('an update carries no idempotency key', () => {
    const configured = run(initialProviderFormSession(), { type: 'configure', source: stored, providerId: null, defaults: {} });
    const asked = reduce(configured, { type: 'load-requested' });
    const ready = reduce(asked, { type: 'loaded', request: 1, canManageAdministration: true, syncState: 'ok', providers: [stored] });
    const saving = reduce(ready, { type: 'submit', freshKey: 'k1' });
    expect(providerFormEffects(ready, saving).start[0]).to.include({ type: 'save', idempotencyKey: null });
  });

  it('a stale save answer changes nothing; a fresh one clears the key and announces', () => {
    const ready = typeNewExchange(loaded());
    const saving = reduce(ready, { type: 'submit', freshKey: 'k1' });
    const request = saving.save.status === 'saving' ? saving.save.request : -1;
    const provider = { ...stored, id: 'p2', name: 'Fabrikam' };
    expect(reduce(saving, { type: 'save-succeeded', request: request + 5, provider })).to.equal(saving);
    const action = { type: 'save-succeeded', request, provider } as const;
    const saved = reduce(saving, action);
    expect(saved.idempotency).to.equal(null);
    expect(saved.form.draft.id).to.equal('p2');
    expect(saved.providers.map((p) => p.id)).to.include('p2');
    expect(providerFormFeedback(saving, saved, action)).to.deep.equal({ announce: { type: 'saved', name: 'Fabrikam' } });
  });

  it('a read-only form never saves', () => {
    const ready = typeNewExchange(loaded(false));
    expect(reduce(ready, { type: 'submit', freshKey: 'k1' })).to.equal(ready);
  });
});
