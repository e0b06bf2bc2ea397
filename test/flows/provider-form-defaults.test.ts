import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  initialProviderFormState,
  providerFormReducer,
  providerOAuthHelp,
  type ProviderFormAction,
  type ProviderFormState,
} from '../../src/flows/index.js';
import { draftFromProvider, emptyProviderDraft, type MailProvider } from '../../src/model/index.js';

const run = (state: ProviderFormState, ...actions: ProviderFormAction[]) => actions.reduce(providerFormReducer, state);
const imap = (host: string): ProviderFormAction => ({ type: 'edit', patch: { incoming: { host, port: '993', security: 'ssl' } } });

describe('provider form: defaults that fit the service (issue 11, item 5)', () => {
  it('a new Exchange provider starts on OAuth 2.0 with Microsoft help', () => {
    const state = initialProviderFormState();
    expect(state.draft.authMethod).to.equal('oauth2');
    expect(providerOAuthHelp(state.draft)).to.equal('microsoft');
  });

  it('switching to IMAP/SMTP with another server moves to Basic; a Google or Microsoft host moves back to OAuth 2.0', () => {
    let state = run(initialProviderFormState(), { type: 'edit', patch: { type: 'imap-smtp' } }, imap('imap.northwindtraders.com'));
    expect(state.draft.authMethod).to.equal('basic');
    expect(providerOAuthHelp(state.draft)).to.equal('generic');
    state = run(state, imap('imap.gmail.com'));
    expect(state.draft.authMethod).to.equal('oauth2');
    expect(providerOAuthHelp(state.draft)).to.equal('google');
    state = run(state, imap('https://outlook.office365.com/'), { type: 'blur', field: 'incoming.host' });
    expect(state.draft.incoming.host).to.equal('outlook.office365.com');
    expect(state.draft.authMethod).to.equal('oauth2');
    expect(providerOAuthHelp(state.draft)).to.equal('microsoft');
  });

  it('once the user picks a method, the host no longer changes it', () => {
    const state = run(
      initialProviderFormState(),
      { type: 'edit', patch: { type: 'imap-smtp' } },
      { type: 'edit', patch: { authMethod: 'oauth2' } },
      imap('imap.northwindtraders.com'),
    );
    expect(state.draft.authMethod).to.equal('oauth2');
  });

  it('a provider being edited keeps its own method', () => {
    const stored: MailProvider = {
      id: 'p1',
      type: 'imap-smtp',
      name: 'Gmail via Basic',
      incoming: { host: 'imap.gmail.com', port: 993, security: 'ssl' },
      outgoing: { host: 'smtp.gmail.com', port: 587, security: 'starttls' },
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      auth: { method: 'basic' },
      domains: [],
    };
    const state = run(initialProviderFormState(draftFromProvider(stored)), { type: 'edit', patch: { name: 'Renamed' } });
    expect(state.draft.authMethod).to.equal('basic');
    expect(run(initialProviderFormState(emptyProviderDraft({ id: 'x', type: 'imap-smtp' })), imap('a.example.org')).draft.authMethod).to.equal(
      'oauth2',
    );
  });
});
