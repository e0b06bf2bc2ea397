import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  AUTH_METHODS,
  DEFAULT_INCOMING,
  DEFAULT_OUTGOING,
  LOGIN_FORMATS,
  MAX_NAME_LENGTH,
  SECURITY_MODES,
  SERVICE_TYPES,
  draftFromProvider,
  draftToInput,
  emptyProviderDraft,
  validateProviderDraft,
  validateProviderInput,
  type ProviderDraft,
} from '../../src/model/index.js';
import { GUID, exchangeProvider, expectFail, expectOk, imapProvider } from './helpers.js';

/** A new Exchange draft the user filled in completely. */
function filledExchange(overrides: Partial<ProviderDraft> = {}): ProviderDraft {
  return emptyProviderDraft({
    name: 'Contoso',
    serviceAddress: 'mail.contoso.com',
    clientId: GUID,
    clientSecret: 's3cret',
    domains: ['contoso.com'],
    ...overrides,
  });
}

/** A new IMAP/SMTP draft with Basic on a non-Microsoft host. */
function filledImap(overrides: Partial<ProviderDraft> = {}): ProviderDraft {
  return emptyProviderDraft({
    type: 'imap-smtp',
    name: 'Fabrikam',
    incoming: { host: 'imap.fabrikam.com', port: '993', security: 'ssl' },
    outgoing: { host: 'smtp.fabrikam.com', port: '587', security: 'starttls' },
    authMethod: 'basic',
    ...overrides,
  });
}

describe('emptyProviderDraft', () => {
  it('starts a new provider as Exchange, load and send, login by email, OAuth 2.0, nothing typed', () => {
    expect(emptyProviderDraft()).to.deep.equal({
      type: 'exchange',
      name: '',
      serviceAddress: '',
      incoming: { host: '', port: String(DEFAULT_INCOMING.port), security: DEFAULT_INCOMING.security },
      outgoing: { host: '', port: String(DEFAULT_OUTGOING.port), security: DEFAULT_OUTGOING.security },
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      authMethod: 'oauth2',
      clientId: '',
      clientSecret: '',
      hasStoredSecret: false,
      replaceSecret: false,
      domains: [],
    });
    expect(emptyProviderDraft()).not.to.have.property('id');
  });

  it('uses the usual IMAP and SMTP submission ports', () => {
    const draft = emptyProviderDraft();
    expect(draft.incoming).to.deep.equal({ host: '', port: '993', security: 'ssl' });
    expect(draft.outgoing).to.deep.equal({ host: '', port: '587', security: 'starttls' });
  });

  it('applies overrides', () => {
    const draft = emptyProviderDraft({ type: 'imap-smtp', name: 'X', authMethod: 'basic' });
    expect(draft).to.include({ type: 'imap-smtp', name: 'X', authMethod: 'basic', loginFormat: 'email' });
  });

  it('gives a fresh draft each time, so editing one never changes another', () => {
    const a = emptyProviderDraft();
    const b = emptyProviderDraft();
    a.domains.push('contoso.com');
    a.incoming.host = 'imap.contoso.com';
    expect(b.domains).to.deep.equal([]);
    expect(b.incoming.host).to.equal('');
  });
});

describe('draftFromProvider', () => {
  it('fills the draft from a stored Exchange provider with OAuth 2.0; the secret stays unknown (B3)', () => {
    const draft = draftFromProvider(exchangeProvider({ loginFormat: 'manual', loadEmails: false }));
    expect(draft).to.deep.equal({
      ...emptyProviderDraft(),
      id: 'p-contoso',
      type: 'exchange',
      name: 'Contoso Exchange',
      serviceAddress: 'mail.contoso.com',
      loadEmails: false,
      sendEmails: true,
      loginFormat: 'manual',
      authMethod: 'oauth2',
      clientId: GUID,
      clientSecret: '',
      hasStoredSecret: true,
      replaceSecret: false,
      domains: ['contoso.com'],
    });
  });

  it('knows when an OAuth provider has no stored secret', () => {
    const draft = draftFromProvider(exchangeProvider({ auth: { method: 'oauth2', clientId: GUID, hasClientSecret: false } }));
    expect(draft.hasStoredSecret).to.equal(false);
  });

  it('fills the endpoints of a stored IMAP/SMTP provider, ports as text, and leaves the Exchange address empty', () => {
    const draft = draftFromProvider(imapProvider());
    expect(draft).to.deep.include({
      id: 'p-fabrikam',
      type: 'imap-smtp',
      serviceAddress: '',
      incoming: { host: 'imap.fabrikam.com', port: '993', security: 'ssl' },
      outgoing: { host: 'smtp.fabrikam.com', port: '465', security: 'ssl' },
      authMethod: 'basic',
      clientId: '',
      hasStoredSecret: false,
    });
  });

  it('copies the domains, so editing the draft never changes the provider', () => {
    const provider = exchangeProvider();
    const draft = draftFromProvider(provider);
    draft.domains.push('fabrikam.com');
    expect(provider.domains).to.deep.equal(['contoso.com']);
  });

  it('round-trips: a stored valid provider validates unchanged, keeping its secret', () => {
    for (const provider of [exchangeProvider(), imapProvider(), exchangeProvider({ auth: { method: 'basic' } })]) {
      const result = expectOk(validateProviderDraft(draftFromProvider(provider)));
      const { id, type, name, loadEmails, sendEmails, loginFormat, domains } = provider;
      expect(result.input).to.deep.include({ id, type, name, loadEmails, sendEmails, loginFormat, domains });
      if (provider.auth.method === 'oauth2') {
        expect(result.input.auth).to.deep.equal({ method: 'oauth2', clientId: GUID, clientSecret: { action: 'keep' } });
      } else {
        expect(result.input.auth).to.deep.equal({ method: 'basic' });
      }
    }
  });
});

describe('draftToInput', () => {
  it('turns an Exchange draft into an Exchange save, without IMAP fields', () => {
    expect(draftToInput(filledExchange({ incoming: { host: 'ignored', port: 'x', security: 'none' } }))).to.deep.equal({
      type: 'exchange',
      name: 'Contoso',
      serviceAddress: 'mail.contoso.com',
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      domains: ['contoso.com'],
      auth: { method: 'oauth2', clientId: GUID, clientSecret: { action: 'replace', value: 's3cret' } },
    });
  });

  it('turns an IMAP draft into an IMAP save with numeric ports, without the Exchange address', () => {
    const input = draftToInput(
      filledImap({ serviceAddress: 'ignored', incoming: { host: 'imap.fabrikam.com', port: ' 143 ', security: 'starttls' } }),
    );
    expect(input).to.deep.equal({
      type: 'imap-smtp',
      name: 'Fabrikam',
      incoming: { host: 'imap.fabrikam.com', port: 143, security: 'starttls' },
      outgoing: { host: 'smtp.fabrikam.com', port: 587, security: 'starttls' },
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      domains: [],
      auth: { method: 'basic' },
    });
  });

  for (const port of ['', 'abc', '99x', '-1', '1.5', '123456', '9 9']) {
    it(`turns the port ${JSON.stringify(port)} into NaN, for the rules to reject`, () => {
      const input = draftToInput(filledImap({ incoming: { host: 'imap.fabrikam.com', port, security: 'ssl' } }));
      expect(input.type === 'imap-smtp' && Number.isNaN(input.incoming.port)).to.equal(true);
    });
  }

  it('does not submit OAuth fields for Basic, even when the draft still holds them (B2)', () => {
    const input = draftToInput(filledExchange({ authMethod: 'basic', clientId: 'garbage', clientSecret: 'typed secret' }));
    expect(input.auth).to.deep.equal({ method: 'basic' });
    expect(JSON.stringify(input)).not.to.include('typed secret');
  });

  it('keeps a stored secret unless the user chose to replace it (B3)', () => {
    expect(draftToInput(filledExchange({ id: 'p1', hasStoredSecret: true, clientSecret: '' })).auth).to.deep.equal({
      method: 'oauth2',
      clientId: GUID,
      clientSecret: { action: 'keep' },
    });
    expect(draftToInput(filledExchange({ id: 'p1', hasStoredSecret: true, replaceSecret: true, clientSecret: 'new' })).auth).to.deep.equal({
      method: 'oauth2',
      clientId: GUID,
      clientSecret: { action: 'replace', value: 'new' },
    });
    expect(draftToInput(filledExchange({ clientSecret: 'first' })).auth).to.deep.equal({
      method: 'oauth2',
      clientId: GUID,
      clientSecret: { action: 'replace', value: 'first' },
    });
  });

  it('keeps the id of a stored provider and leaves it out for a new one', () => {
    expect(draftToInput(filledExchange({ id: 'p1' }))).to.have.property('id', 'p1');
    expect(draftToInput(filledExchange())).not.to.have.property('id');
  });

  it('copies the domains', () => {
    const draft = filledExchange();
    const input = draftToInput(draft);
    expect(input.domains).to.deep.equal(draft.domains);
    expect(input.domains).not.to.equal(draft.domains);
  });
});

describe('validateProviderDraft', () => {
  it('accepts a filled Exchange draft and returns the canonical save', () => {
    const result = expectOk(validateProviderDraft(filledExchange({ name: ' Contoso ', serviceAddress: 'https://MAIL.contoso.com/owa' })));
    expect(result.input).to.include({ name: 'Contoso', serviceAddress: 'mail.contoso.com' });
    expect(result.notes).to.deep.equal({ serviceAddress: 'address-url-stripped' });
  });

  it('accepts a filled IMAP draft', () => {
    expect(expectOk(validateProviderDraft(filledImap())).input.type).to.equal('imap-smtp');
  });

  it('flags every required field of an empty draft', () => {
    const result = expectFail(validateProviderDraft(emptyProviderDraft()));
    expect(result.errors).to.deep.equal({
      name: { code: 'required' },
      serviceAddress: { code: 'required' },
      'auth.clientId': { code: 'required' },
      'auth.clientSecret': { code: 'secret-required' },
    });
  });

  it(`checks the trimmed name: required, and at most ${MAX_NAME_LENGTH} characters`, () => {
    expect(expectFail(validateProviderDraft(filledExchange({ name: '   ' }))).errors).to.deep.equal({ name: { code: 'required' } });
    expect(expectFail(validateProviderDraft(filledExchange({ name: 'n'.repeat(MAX_NAME_LENGTH + 1) }))).errors).to.deep.equal({
      name: { code: 'too-long', params: { max: MAX_NAME_LENGTH } },
    });
    expect(expectOk(validateProviderDraft(filledExchange({ name: ` ${'n'.repeat(MAX_NAME_LENGTH)} ` }))).input.name).to.equal(
      'n'.repeat(MAX_NAME_LENGTH),
    );
  });

  it('keys R10 on "delivery"', () => {
    expect(expectFail(validateProviderDraft(filledExchange({ loadEmails: false, sendEmails: false }))).errors).to.deep.equal({
      delivery: { code: 'delivery-none' },
    });
  });

  describe('hidden fields are neither validated nor submitted, and the draft keeps them (B2)', () => {
    it('Basic: no OAuth errors, however wrong the hidden client ID and secret are', () => {
      const draft = filledExchange({ authMethod: 'basic', clientId: 'not a guid', clientSecret: '' });
      const result = expectOk(validateProviderDraft(draft));
      expect(result.input.auth).to.deep.equal({ method: 'basic' });
      expect(draft.clientId).to.equal('not a guid');
    });

    it('Exchange: the IMAP fields are ignored, however wrong', () => {
      const draft = filledExchange({
        incoming: { host: 'not a host', port: 'abc', security: 'ssl' },
        outgoing: { host: '', port: '0', security: 'none' },
      });
      const result = expectOk(validateProviderDraft(draft));
      expect(result.input).not.to.have.property('incoming');
      expect(draft.incoming).to.deep.equal({ host: 'not a host', port: 'abc', security: 'ssl' });
    });

    it('IMAP: the Exchange address is ignored, however wrong', () => {
      const draft = filledImap({ serviceAddress: 'not a host' });
      expect(expectOk(validateProviderDraft(draft)).input).not.to.have.property('serviceAddress');
      expect(draft.serviceAddress).to.equal('not a host');
    });

    it('switching back to OAuth 2.0 finds the typed values again and validates them', () => {
      const draft = filledExchange({ authMethod: 'basic', clientId: 'my-app' });
      expect(validateProviderDraft(draft).ok).to.equal(true);
      draft.authMethod = 'oauth2';
      expect(expectFail(validateProviderDraft(draft)).errors).to.deep.equal({ 'auth.clientId': { code: 'client-id-not-guid' } });
    });

    it('does not change the draft', () => {
      const draft = filledImap({ name: '  Fabrikam ', incoming: { host: 'IMAP.Fabrikam.com', port: ' 993', security: 'ssl' } });
      const before = structuredClone(draft);
      validateProviderDraft(draft);
      expect(draft).to.deep.equal(before);
    });
  });

  describe('ports', () => {
    for (const port of ['', 'abc', '0', '65536', '99999', '123456', '-5', '1e3']) {
      it(`rejects the port ${JSON.stringify(port)} with port-invalid`, () => {
        const result = expectFail(validateProviderDraft(filledImap({ outgoing: { host: 'smtp.fabrikam.com', port, security: 'ssl' } })));
        expect(result.errors).to.deep.equal({ 'outgoing.port': { code: 'port-invalid' } });
      });
    }

    it('accepts 1, 65535 and spaces around a port', () => {
      expect(validateProviderDraft(filledImap({ incoming: { host: 'imap.fabrikam.com', port: '1', security: 'ssl' } })).ok).to.equal(true);
      expect(validateProviderDraft(filledImap({ incoming: { host: 'imap.fabrikam.com', port: ' 65535 ', security: 'ssl' } })).ok).to.equal(true);
    });

    it('reports port errors together with the other errors and keeps the warnings', () => {
      const result = expectFail(
        validateProviderDraft(
          filledImap({
            name: '',
            incoming: { host: 'outlook.office365.com', port: 'x', security: 'ssl' },
            outgoing: { host: 'smtp.office365.com', port: '0', security: 'starttls' },
          }),
        ),
      );
      expect(result.errors).to.deep.equal({
        name: { code: 'required' },
        'incoming.port': { code: 'port-invalid' },
        'outgoing.port': { code: 'port-invalid' },
      });
      expect(result.warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-m365' } });
    });

    it('keeps the warnings when only a port is wrong', () => {
      const result = expectFail(validateProviderDraft(filledImap({ incoming: { host: 'outlook.office365.com', port: 'x', security: 'ssl' } })));
      expect(result.errors).to.deep.equal({ 'incoming.port': { code: 'port-invalid' } });
      expect(result.warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-m365' } });
    });
  });

  describe('OAuth 2.0 (R12)', () => {
    it('requires a GUID client ID for Exchange and for a Microsoft 365 IMAP host, not for other IMAP hosts', () => {
      expect(expectFail(validateProviderDraft(filledExchange({ clientId: 'my-app' }))).errors).to.deep.equal({
        'auth.clientId': { code: 'client-id-not-guid' },
      });
      const m365 = filledImap({
        authMethod: 'oauth2',
        clientId: 'my-app',
        clientSecret: 's',
        incoming: { host: 'outlook.office365.com', port: '993', security: 'ssl' },
      });
      expect(expectFail(validateProviderDraft(m365)).errors).to.deep.equal({ 'auth.clientId': { code: 'client-id-not-guid' } });
      expect(validateProviderDraft(filledImap({ authMethod: 'oauth2', clientId: 'my-app', clientSecret: 's' })).ok).to.equal(true);
    });

    it('requires a client secret for a new provider', () => {
      expect(expectFail(validateProviderDraft(filledExchange({ clientSecret: '  ' }))).errors).to.deep.equal({
        'auth.clientSecret': { code: 'secret-required' },
      });
    });

    it('keeps the stored secret of an edited provider without asking for it', () => {
      expect(validateProviderDraft(filledExchange({ id: 'p1', hasStoredSecret: true, clientSecret: '' })).ok).to.equal(true);
    });

    it('asks for a secret when the edited provider has none stored (e.g. it used Basic until now)', () => {
      const result = expectFail(validateProviderDraft(filledExchange({ id: 'p1', hasStoredSecret: false, clientSecret: '' })));
      expect(result.errors).to.deep.equal({ 'auth.clientSecret': { code: 'secret-required' } });
    });

    it('asks for the new secret when the user chose to replace the stored one', () => {
      const result = expectFail(validateProviderDraft(filledExchange({ id: 'p1', hasStoredSecret: true, replaceSecret: true, clientSecret: '' })));
      expect(result.errors).to.deep.equal({ 'auth.clientSecret': { code: 'secret-required' } });
      expect(validateProviderDraft(filledExchange({ id: 'p1', hasStoredSecret: true, replaceSecret: true, clientSecret: 'n' })).ok).to.equal(true);
    });

    it('lets the context say whether a secret is stored', () => {
      const draft = filledExchange({ id: 'p1', hasStoredSecret: true, clientSecret: '' });
      expect(expectFail(validateProviderDraft(draft, { hasStoredSecret: false })).errors).to.deep.equal({
        'auth.clientSecret': { code: 'secret-required' },
      });
    });
  });

  describe('domains', () => {
    it('reports duplicates and domains of other providers, not its own', () => {
      const context = {
        otherProviders: [
          { id: 'p1', name: 'Contoso', domains: ['contoso.com'] },
          { id: 'p2', name: 'Fabrikam', domains: ['fabrikam.com'] },
        ],
      };
      const result = expectFail(
        validateProviderDraft(filledExchange({ id: 'p1', hasStoredSecret: true, domains: ['contoso.com', 'Contoso.com', 'fabrikam.com'] }), context),
      );
      expect(result.errors).to.deep.equal({
        'domains.1': { code: 'domain-duplicate', params: { domain: 'contoso.com' } },
        'domains.2': { code: 'domain-taken', params: { domain: 'fabrikam.com', provider: 'Fabrikam' } },
        domains: { code: 'domain-duplicate', params: { domain: 'contoso.com' } },
      });
    });
  });

  describe('properties', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', 'mail.contoso.com', 'outlook.office365.com', GUID, '993', 'abc'));
    const endpoint = fc.record({ host: text, port: text, security: fc.constantFrom(...SECURITY_MODES) });
    const draftArb: fc.Arbitrary<ProviderDraft> = fc.record(
      {
        id: fc.constantFrom('p1', 'p2'),
        type: fc.constantFrom(...SERVICE_TYPES),
        name: text,
        serviceAddress: text,
        incoming: endpoint,
        outgoing: endpoint,
        loadEmails: fc.boolean(),
        sendEmails: fc.boolean(),
        loginFormat: fc.constantFrom(...LOGIN_FORMATS),
        authMethod: fc.constantFrom(...AUTH_METHODS),
        clientId: text,
        clientSecret: text,
        hasStoredSecret: fc.boolean(),
        replaceSecret: fc.boolean(),
        domains: fc.array(text, { maxLength: 3 }),
      },
      {
        requiredKeys: [
          'type',
          'name',
          'serviceAddress',
          'incoming',
          'outgoing',
          'loadEmails',
          'sendEmails',
          'loginFormat',
          'authMethod',
          'clientId',
          'clientSecret',
          'hasStoredSecret',
          'replaceSecret',
          'domains',
        ],
      },
    );

    /** The draft with every field its current choices hide set to something else. */
    const withHiddenGarbage = (draft: ProviderDraft, garbage: string): ProviderDraft => ({
      ...draft,
      ...(draft.type === 'exchange'
        ? { incoming: { host: garbage, port: garbage, security: 'none' }, outgoing: { host: garbage, port: garbage, security: 'none' } }
        : { serviceAddress: garbage }),
      ...(draft.authMethod === 'basic' ? { clientId: garbage, clientSecret: garbage, replaceSecret: !draft.replaceSecret } : {}),
    });

    it('never throws on any draft', () => {
      fc.assert(
        fc.property(draftArb, (draft) => {
          const result = validateProviderDraft(draft);
          expect(result.ok === true || Object.keys(result.errors).length > 0).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });

    it('hidden fields change neither the save nor the validation', () => {
      fc.assert(
        fc.property(draftArb, fc.string(), (draft, garbage) => {
          const other = withHiddenGarbage(draft, garbage);
          expect(draftToInput(other)).to.deep.equal(draftToInput(draft));
          expect(validateProviderDraft(other)).to.deep.equal(validateProviderDraft(draft));
        }),
        { numRuns: 500 },
      );
    });

    it('an accepted draft gives a save that validateProviderInput accepts, unchanged', () => {
      let accepted = 0;
      fc.assert(
        fc.property(draftArb, (draft) => {
          const result = validateProviderDraft(draft);
          if (!result.ok) return;
          accepted += 1;
          const again = expectOk(validateProviderInput(result.input, { hasStoredSecret: draft.hasStoredSecret }));
          expect(again.input).to.deep.equal(result.input);
        }),
        { numRuns: 500 },
      );
      expect(accepted, 'drafts accepted').to.be.above(0);
    });
  });
});
