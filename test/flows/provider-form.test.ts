import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  initialProviderFormState,
  isProviderFormDirty,
  noteOnBlur,
  providerFormReducer as reduce,
  providerFormView as view,
  shouldShowFeedback,
  splitDomainEntry,
  type ProviderFormAction,
  type ProviderFormState,
} from '../../src/flows/index.js';
import { draftFromProvider, emptyProviderDraft } from '../../src/model/index.js';
import { CLIENT_ID as GUID, storedExchange } from '../helpers/samples.mjs';

const stored = storedExchange();

function run(state: ProviderFormState, ...actions: ProviderFormAction[]): ProviderFormState {
  return actions.reduce(reduce, state);
}

describe('shouldShowFeedback', () => {
  it('follows (touched && dirty) || prefilled || submitted', () => {
    const cases: [boolean, boolean, boolean, boolean, boolean][] = [
      [false, false, false, false, false],
      [true, false, false, false, false],
      [false, true, false, false, false],
      [true, true, false, false, true],
      [false, false, true, false, true],
      [false, false, false, true, true],
    ];
    for (const [touched, dirty, prefilled, submitted, expected] of cases) {
      expect(shouldShowFeedback({ touched, dirty, prefilled, submitted })).to.equal(expected);
    }
  });
});

describe('provider form flow', () => {
  it('shows no error on a fresh form, and all of them after a failed submit', () => {
    const fresh = initialProviderFormState();
    expect(view(fresh).valid).to.equal(false);
    expect(view(fresh).errors).to.deep.equal({});
    const submitted = reduce(fresh, { type: 'submit-invalid' });
    expect(Object.keys(view(submitted).errors)).to.have.members(['name', 'serviceAddress', 'auth.clientId', 'auth.clientSecret']);
  });

  it('does not show an error while the user types for the first time, only after leaving the field', () => {
    const typing = reduce(initialProviderFormState(), { type: 'edit', patch: { serviceAddress: 'mail contoso' } });
    expect(view(typing).errors).to.deep.equal({});
    const left = reduce(typing, { type: 'blur', field: 'serviceAddress' });
    expect(view(left).errors.serviceAddress).to.deep.equal({ code: 'address-spaces' });
  });

  it('does not show an error for a field that was left untouched and unchanged', () => {
    const state = reduce(initialProviderFormState(), { type: 'blur', field: 'name' });
    expect(view(state).errors.name).to.equal(undefined);
  });

  it('reports R10 on the delivery group as soon as both boxes are cleared', () => {
    const state = run(initialProviderFormState(), { type: 'edit', patch: { loadEmails: false } }, { type: 'edit', patch: { sendEmails: false } });
    expect(view(state).errors.delivery).to.deep.equal({ code: 'delivery-none' });
    expect(view(reduce(state, { type: 'edit', patch: { sendEmails: true } })).errors.delivery).to.equal(undefined);
  });

  it('normalises a pasted URL on blur and keeps a note of the change (B4)', () => {
    const state = run(
      initialProviderFormState(),
      { type: 'edit', patch: { serviceAddress: ' https://Mail.Contoso.com/EWS/Exchange.asmx ' } },
      { type: 'blur', field: 'serviceAddress' },
    );
    expect(state.draft.serviceAddress).to.equal('mail.contoso.com');
    expect(state.notes.serviceAddress).to.deep.equal({
      code: 'address-url-stripped',
      from: 'https://Mail.Contoso.com/EWS/Exchange.asmx',
      to: 'mail.contoso.com',
    });
    // Typing again drops the note; an already canonical address gets none.
    const retyped = run(state, { type: 'edit', patch: { serviceAddress: 'mail.fabrikam.com' } }, { type: 'blur', field: 'serviceAddress' });
    expect(retyped.notes.serviceAddress).to.equal(undefined);
  });

  it('tells, before blur, the note that leaving a host field will record: the room the form keeps for it', () => {
    const typed = run(initialProviderFormState(), { type: 'edit', patch: { serviceAddress: 'https://Mail.Contoso.com/EWS' } });
    const ahead = noteOnBlur(typed.draft, 'serviceAddress');
    expect(ahead).to.deep.equal({ code: 'address-url-stripped', from: 'https://Mail.Contoso.com/EWS', to: 'mail.contoso.com' });
    expect(reduce(typed, { type: 'blur', field: 'serviceAddress' }).notes.serviceAddress).to.deep.equal(ahead);
    expect(noteOnBlur({ ...typed.draft, serviceAddress: 'mail.contoso.com' }, 'serviceAddress')).to.equal(null);
    expect(noteOnBlur(typed.draft, 'name')).to.equal(null);
    const imap = emptyProviderDraft({ type: 'imap-smtp' });
    expect(noteOnBlur({ ...imap, outgoing: { ...imap.outgoing, host: 'SMTP.contoso.com:25' } }, 'outgoing.host')).to.equal(null);
    expect(noteOnBlur({ ...imap, incoming: { ...imap.incoming, host: 'IMAP.contoso.com' } }, 'incoming.host')?.to).to.equal('imap.contoso.com');
  });

  it('normalises IMAP hosts on blur but leaves host:port for validation', () => {
    const typed = run(
      initialProviderFormState(emptyProviderDraft({ type: 'imap-smtp' })),
      { type: 'edit', patch: { incoming: { host: 'IMAP.Contoso.com', port: '993', security: 'ssl' } } },
      { type: 'blur', field: 'incoming.host' },
      { type: 'edit', patch: { outgoing: { host: 'smtp.contoso.com:25', port: '587', security: 'starttls' } } },
      { type: 'blur', field: 'outgoing.host' },
    );
    expect(typed.draft.incoming.host).to.equal('imap.contoso.com');
    expect(typed.notes['incoming.host']?.code).to.equal('address-normalized');
    expect(typed.draft.outgoing.host).to.equal('smtp.contoso.com:25');
    expect(view(typed).errors['outgoing.host']).to.deep.equal({ code: 'address-invalid' });
  });

  it('ignores blur of a field that is not a host', () => {
    const state = initialProviderFormState();
    const after = reduce(state, { type: 'blur', field: 'loginFormat' });
    expect(after.draft).to.equal(state.draft);
    expect(after.touched.has('loginFormat')).to.equal(true);
  });

  it('keeps hidden values and restores them when their fields come back (B2)', () => {
    const state = run(
      initialProviderFormState(),
      { type: 'edit', patch: { clientId: 'typed-id', clientSecret: 'typed-secret' } },
      { type: 'edit', patch: { authMethod: 'basic' } },
      { type: 'submit-invalid' },
    );
    expect(view(state).errors['auth.clientId']).to.equal(undefined);
    const back = reduce(state, { type: 'edit', patch: { authMethod: 'oauth2' } });
    expect(back.draft.clientId).to.equal('typed-id');
    expect(back.draft.clientSecret).to.equal('typed-secret');
    expect(view(back).errors['auth.clientId']).to.deep.equal({ code: 'client-id-not-guid' });
  });

  it('adds domains from a pasted list, lower-cased and de-duplicated, and keeps what it rejects', () => {
    const state = run(
      initialProviderFormState(),
      { type: 'domain-entry', text: 'Contoso.com, @fabrikam.com; contoso.com bad_domain' },
      { type: 'add-domains' },
    );
    expect(state.draft.domains).to.deep.equal(['contoso.com', 'fabrikam.com']);
    expect(state.domainEntry).to.equal('contoso.com, bad_domain');
    expect(state.domainEntryError).to.deep.equal({ code: 'domain-duplicate', params: { domain: 'contoso.com' } });
    const typing = reduce(state, { type: 'domain-entry', text: 'bad_domain' });
    expect(typing.domainEntryError).to.equal(null);
    const rejected = reduce(typing, { type: 'add-domains' });
    expect(rejected.domainEntryError?.code).to.equal('address-bad-characters');
    expect(reduce(rejected, { type: 'remove-domain', index: 0 }).draft.domains).to.deep.equal(['fabrikam.com']);
  });

  it('treats an empty domain entry as nothing to add', () => {
    const state = run(initialProviderFormState(), { type: 'domain-entry', text: ' , ' }, { type: 'add-domains' });
    expect(state.draft.domains).to.deep.equal([]);
    expect(state.domainEntry).to.equal('');
    expect(splitDomainEntry('a.com b.com;c.com,,d.com')).to.deep.equal(['a.com', 'b.com', 'c.com', 'd.com']);
  });

  it('reports a domain owned by another provider', () => {
    const state = run(initialProviderFormState(), { type: 'domain-entry', text: 'fabrikam.com' }, { type: 'add-domains' });
    const result = view(state, { otherProviders: [{ id: 'x', name: 'Fabrikam', domains: ['fabrikam.com'] }] });
    expect(result.errors['domains.0']).to.deep.equal({ code: 'domain-taken', params: { domain: 'fabrikam.com', provider: 'Fabrikam' } });
  });

  it('refuses a second save while one is running, and any edit during it', () => {
    const saving = reduce(initialProviderFormState(), { type: 'save-started' });
    expect(saving.status).to.equal('saving');
    expect(reduce(saving, { type: 'save-started' })).to.equal(saving);
    expect(reduce(saving, { type: 'edit', patch: { name: 'x' } })).to.equal(saving);
    expect(reduce(saving, { type: 'add-domains' })).to.equal(saving);
    expect(reduce(saving, { type: 'remove-domain', index: 0 })).to.equal(saving);
  });

  it('keeps everything typed when a save fails, and maps a domain conflict to its chip', () => {
    const typed = run(
      initialProviderFormState(),
      { type: 'edit', patch: { name: 'Contoso', serviceAddress: 'mail.contoso.com', clientId: GUID, clientSecret: 's' } },
      { type: 'domain-entry', text: 'contoso.com' },
      { type: 'add-domains' },
      { type: 'save-started' },
    );
    const failed = reduce(typed, { type: 'save-failed', failure: { kind: 'conflict', details: { domain: 'Contoso.com', providerName: 'Other' } } });
    expect(failed.status).to.equal('editing');
    expect(failed.draft).to.deep.equal(typed.draft);
    expect(failed.saveFailure?.kind).to.equal('conflict');
    expect(view(failed).errors['domains.0']).to.deep.equal({ code: 'domain-taken', params: { domain: 'Contoso.com', provider: 'Other' } });
    // Removing the chip clears the adapter's error.
    expect(view(reduce(failed, { type: 'remove-domain', index: 0 })).errors['domains.0']).to.equal(undefined);
    const unreachable = reduce(typed, { type: 'save-failed', failure: { kind: 'unreachable', details: {} } });
    expect(unreachable.serverErrors).to.deep.equal({});
  });

  it('drops the typed secret after a save and starts clean from the saved provider', () => {
    const typed = run(
      initialProviderFormState(),
      { type: 'edit', patch: { clientSecret: 'typed-secret', name: 'Contoso' } },
      { type: 'save-started' },
    );
    const saved = reduce(typed, { type: 'save-succeeded', provider: stored });
    expect(saved.draft.clientSecret).to.equal('');
    expect(saved.draft.id).to.equal('p1');
    expect(saved.draft.hasStoredSecret).to.equal(true);
    expect(saved.status).to.equal('editing');
    expect(isProviderFormDirty(saved)).to.equal(false);
  });

  it('keeps the stored secret unless the user replaces it (B3)', () => {
    const edit = initialProviderFormState(draftFromProvider(stored));
    expect(view(edit).valid).to.equal(true);
    const replacing = reduce(edit, { type: 'edit', patch: { replaceSecret: true } });
    expect(view(replacing).valid).to.equal(false);
    // Not the moment Replace secret is pressed (issue 11, item 8): once the user leaves the field, or submits.
    expect(view(replacing).errors['auth.clientSecret']).to.equal(undefined);
    expect(view(reduce(replacing, { type: 'blur', field: 'auth.clientSecret' })).errors['auth.clientSecret']).to.deep.equal({
      code: 'secret-required',
    });
    expect(view(reduce(replacing, { type: 'submit-invalid' })).errors['auth.clientSecret']).to.deep.equal({ code: 'secret-required' });
    expect(isProviderFormDirty(replacing)).to.equal(true);
  });

  it('shows errors of a pre-filled field at once in edit mode', () => {
    const broken = initialProviderFormState(draftFromProvider({ ...stored, serviceAddress: 'bad address' }));
    expect(view(broken).errors.serviceAddress).to.deep.equal({ code: 'address-spaces' });
  });

  it('counts text left in the Domains box as an unsaved change', () => {
    const state = reduce(initialProviderFormState(), { type: 'domain-entry', text: 'contoso.com' });
    expect(isProviderFormDirty(state)).to.equal(true);
    expect(isProviderFormDirty(initialProviderFormState())).to.equal(false);
  });

  it('loads a new draft, forgetting the old state', () => {
    const dirty = run(initialProviderFormState(), { type: 'edit', patch: { name: 'x' } }, { type: 'submit-invalid' });
    const loaded = reduce(dirty, { type: 'load', draft: draftFromProvider(stored) });
    expect(loaded.submitted).to.equal(false);
    expect(loaded.draft.name).to.equal('Contoso');
    expect(isProviderFormDirty(loaded)).to.equal(false);
  });

  it('marks choices touched when made, and text fields only when left', () => {
    const state = run(
      initialProviderFormState(),
      { type: 'edit', patch: { type: 'imap-smtp' } },
      { type: 'edit', patch: { loginFormat: 'manual' } },
      { type: 'edit', patch: { name: 'N' } },
    );
    expect([...state.touched]).to.have.members(['type', 'loginFormat']);
  });
});
