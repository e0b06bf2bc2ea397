import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ERROR_CODES,
  LOGIN_FORMATS,
  MAX_NAME_LENGTH,
  SECURITY_MODES,
  checkProviderRules,
  providerAddress,
  providerWarnings,
  validateProviderInput,
  type MailProviderInput,
  type ProviderValidationContext,
  type SecretUpdate,
} from '../../src/model/index.js';
import { GUID, exchangeInput, exchangeProvider, expectFail, expectOk, imapInput, imapProvider } from './helpers.js';

const oauth = (clientId: string, clientSecret: SecretUpdate) => ({ method: 'oauth2' as const, clientId, clientSecret });
const replace = (value: string) => ({ action: 'replace', value }) as const;
const keep = { action: 'keep' } as const;

describe('validateProviderInput', () => {
  describe('a valid provider', () => {
    it('accepts a new Exchange provider with OAuth 2.0, with no warnings and no notes', () => {
      const result = expectOk(validateProviderInput(exchangeInput()));
      expect(result.input).to.deep.equal(exchangeInput());
      expect(result.warnings).to.deep.equal({});
      expect(result.notes).to.deep.equal({});
    });

    it('accepts a new IMAP/SMTP provider with Basic', () => {
      const result = expectOk(validateProviderInput(imapInput()));
      expect(result.input).to.deep.equal(imapInput());
      expect(result.warnings).to.deep.equal({});
    });

    it('returns the canonical input: trimmed name, normalised address, lower-case GUID, canonical domains, with notes', () => {
      const result = expectOk(
        validateProviderInput(
          exchangeInput({
            name: '  Contoso  ',
            serviceAddress: 'https://Mail.Contoso.com/EWS/Exchange.asmx',
            auth: oauth(`{${GUID.toUpperCase()}}`, replace('s3cret')),
            domains: ['@Contoso.COM', 'почта.рф.'],
          }),
        ),
      );
      expect(result.input).to.deep.equal(
        exchangeInput({
          name: 'Contoso',
          serviceAddress: 'mail.contoso.com',
          auth: oauth(GUID, replace('s3cret')),
          domains: ['contoso.com', 'xn--80a1acny.xn--p1ai'],
        }),
      );
      expect(result.notes).to.deep.equal({ serviceAddress: 'address-url-stripped' });
    });

    it('notes an IDN conversion and keeps a port of the Exchange address', () => {
      const result = expectOk(validateProviderInput(exchangeInput({ serviceAddress: 'почта.рф:8443' })));
      expect(result.input).to.include({ serviceAddress: 'xn--80a1acny.xn--p1ai:8443' });
      expect(result.notes).to.deep.equal({ serviceAddress: 'address-idn-converted' });
    });

    it('normalises the IMAP and SMTP hosts, keyed per endpoint', () => {
      const result = expectOk(
        validateProviderInput(
          imapInput({
            incoming: { host: 'imaps://IMAP.Fabrikam.com/', port: 993, security: 'ssl' },
            outgoing: { host: 'SMTP.fabrikam.com', port: 25, security: 'none' },
          }),
        ),
      );
      expect(result.input).to.deep.include({
        incoming: { host: 'imap.fabrikam.com', port: 993, security: 'ssl' },
        outgoing: { host: 'smtp.fabrikam.com', port: 25, security: 'none' },
      });
      expect(result.notes).to.deep.equal({ 'incoming.host': 'address-url-stripped', 'outgoing.host': 'address-normalized' });
    });

    it('drops fields that do not belong to the service type', () => {
      const raw = { ...imapInput(), serviceAddress: 'mail.contoso.com', extra: true };
      const result = expectOk(validateProviderInput(raw));
      expect(result.input).not.to.have.property('serviceAddress');
      expect(result.input).not.to.have.property('extra');
    });

    it('accepts every login format', () => {
      for (const loginFormat of LOGIN_FORMATS) {
        expect(expectOk(validateProviderInput(exchangeInput({ loginFormat }))).input.loginFormat).to.equal(loginFormat);
      }
    });
  });

  describe('name', () => {
    it('is required', () => {
      expect(expectFail(validateProviderInput(exchangeInput({ name: '' }))).errors.name).to.deep.equal({ code: 'required' });
      expect(expectFail(validateProviderInput(exchangeInput({ name: '   ' }))).errors.name).to.deep.equal({ code: 'required' });
    });

    it(`is at most ${MAX_NAME_LENGTH} characters`, () => {
      expect(validateProviderInput(exchangeInput({ name: 'n'.repeat(MAX_NAME_LENGTH) })).ok).to.equal(true);
      expect(expectFail(validateProviderInput(exchangeInput({ name: 'n'.repeat(MAX_NAME_LENGTH + 1) }))).errors.name).to.deep.equal({
        code: 'too-long',
        params: { max: MAX_NAME_LENGTH },
      });
    });
  });

  describe('Exchange service address (R9)', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['', 'required'],
      ['   ', 'required'],
      ['mail contoso.com', 'address-spaces'],
      ['10.0.0.5', 'address-ip-literal'],
      ['[::1]', 'address-ip-literal'],
      ['exchange', 'address-needs-domain'],
      ['mail..contoso.com', 'address-empty-label'],
      [`${'a'.repeat(64)}.com`, 'address-label-too-long'],
      ['mail_1.contoso.com', 'address-bad-characters'],
      ['mail.contoso.com:0', 'port-invalid'],
      ['https://', 'address-invalid'],
    ];
    for (const [serviceAddress, code] of cases) {
      it(`${JSON.stringify(serviceAddress.slice(0, 30))} → serviceAddress: ${code}`, () => {
        const result = expectFail(validateProviderInput(exchangeInput({ serviceAddress })));
        expect(result.errors).to.deep.equal({ serviceAddress: { code } });
      });
    }
  });

  describe('IMAP/SMTP endpoints', () => {
    it('reports host errors per endpoint', () => {
      const result = expectFail(
        validateProviderInput(
          imapInput({
            incoming: { host: 'imap fabrikam', port: 993, security: 'ssl' },
            outgoing: { host: '192.168.0.1', port: 587, security: 'starttls' },
          }),
        ),
      );
      expect(result.errors).to.deep.equal({
        'incoming.host': { code: 'address-spaces' },
        'outgoing.host': { code: 'address-ip-literal' },
      });
    });

    it('refuses a port typed into a host: the port has its own field', () => {
      const result = expectFail(validateProviderInput(imapInput({ incoming: { host: 'imap.fabrikam.com:993', port: 993, security: 'ssl' } })));
      expect(result.errors).to.deep.equal({ 'incoming.host': { code: 'address-invalid' } });
    });

    it('requires a host', () => {
      const result = expectFail(validateProviderInput(imapInput({ outgoing: { host: '', port: 587, security: 'starttls' } })));
      expect(result.errors).to.deep.equal({ 'outgoing.host': { code: 'required' } });
      const blank = expectFail(validateProviderInput(imapInput({ outgoing: { host: '  ', port: 587, security: 'starttls' } })));
      expect(blank.errors).to.deep.equal({ 'outgoing.host': { code: 'required' } });
    });

    for (const port of [0, -1, 65536, 1.5, Number.NaN, '993', null]) {
      it(`rejects the port ${String(port)} with port-invalid`, () => {
        const raw = { ...imapInput(), incoming: { host: 'imap.fabrikam.com', port, security: 'ssl' } };
        expect(expectFail(validateProviderInput(raw)).errors).to.deep.equal({ 'incoming.port': { code: 'port-invalid' } });
      });
    }

    it('accepts ports 1 and 65535', () => {
      expect(validateProviderInput(imapInput({ incoming: { host: 'imap.fabrikam.com', port: 1, security: 'ssl' } })).ok).to.equal(true);
      expect(validateProviderInput(imapInput({ outgoing: { host: 'smtp.fabrikam.com', port: 65535, security: 'none' } })).ok).to.equal(true);
    });

    it('accepts every security mode and rejects others', () => {
      for (const security of SECURITY_MODES) {
        expect(validateProviderInput(imapInput({ incoming: { host: 'imap.fabrikam.com', port: 143, security } })).ok).to.equal(true);
      }
      const raw = { ...imapInput(), outgoing: { host: 'smtp.fabrikam.com', port: 587, security: 'tls' } };
      expect(expectFail(validateProviderInput(raw)).errors).to.deep.equal({ 'outgoing.security': { code: 'option-invalid' } });
    });

    it('ignores the Exchange address of an IMAP provider', () => {
      expect(validateProviderInput({ ...imapInput(), serviceAddress: 'not a host' }).ok).to.equal(true);
    });
  });

  describe('load and send (R10)', () => {
    it('needs at least one of them, keyed "delivery"', () => {
      const result = expectFail(validateProviderInput(exchangeInput({ loadEmails: false, sendEmails: false })));
      expect(result.errors).to.deep.equal({ delivery: { code: 'delivery-none' } });
    });

    it('accepts either alone', () => {
      expect(validateProviderInput(exchangeInput({ loadEmails: false, sendEmails: true })).ok).to.equal(true);
      expect(validateProviderInput(imapInput({ loadEmails: true, sendEmails: false })).ok).to.equal(true);
    });
  });

  describe('OAuth 2.0 application (client) ID (R12)', () => {
    it('is required', () => {
      const empty = expectFail(validateProviderInput(exchangeInput({ auth: oauth('', replace('s')) })));
      expect(empty.errors).to.deep.equal({ 'auth.clientId': { code: 'required' } });
      const blank = expectFail(validateProviderInput(exchangeInput({ auth: oauth('   ', replace('s')) })));
      expect(blank.errors).to.deep.equal({ 'auth.clientId': { code: 'required' } });
    });

    it('must be a GUID for Exchange', () => {
      const result = expectFail(validateProviderInput(exchangeInput({ auth: oauth('my-app', replace('s')) })));
      expect(result.errors).to.deep.equal({ 'auth.clientId': { code: 'client-id-not-guid' } });
    });

    it('must be a GUID for IMAP on a Microsoft 365 host (incoming or outgoing)', () => {
      const m365In = imapInput({
        incoming: { host: 'outlook.office365.com', port: 993, security: 'ssl' },
        auth: oauth('my-app', replace('s')),
      });
      expect(expectFail(validateProviderInput(m365In)).errors).to.deep.equal({ 'auth.clientId': { code: 'client-id-not-guid' } });
      const m365Out = imapInput({
        outgoing: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
        auth: oauth('my-app', replace('s')),
      });
      expect(expectFail(validateProviderInput(m365Out)).errors).to.deep.equal({ 'auth.clientId': { code: 'client-id-not-guid' } });
    });

    it('may be any text for IMAP on another host, and is kept as typed (trimmed, case kept)', () => {
      const result = expectOk(validateProviderInput(imapInput({ auth: oauth('  My-App.apps.Example ', replace('s')) })));
      expect(result.input.auth).to.deep.equal(oauth('My-App.apps.Example', replace('s')));
      const guid = expectOk(validateProviderInput(imapInput({ auth: oauth(GUID.toUpperCase(), replace('s')) })));
      expect(guid.input.auth).to.deep.equal(oauth(GUID.toUpperCase(), replace('s')));
    });

    it('is canonicalised (lower case, no braces) where a GUID is required', () => {
      const result = expectOk(
        validateProviderInput(
          imapInput({
            incoming: { host: 'outlook.office365.com', port: 993, security: 'ssl' },
            auth: oauth(` {${GUID.toUpperCase()}} `, replace('s')),
          }),
        ),
      );
      expect(result.input.auth).to.deep.equal(oauth(GUID, replace('s')));
    });
  });

  describe('OAuth 2.0 client secret (R12, B3)', () => {
    it('is required for a new provider', () => {
      const blank = expectFail(validateProviderInput(exchangeInput({ auth: oauth(GUID, replace('   ')) })));
      expect(blank.errors).to.deep.equal({ 'auth.clientSecret': { code: 'secret-required' } });
    });

    it('rejects an empty replacement at the shape level', () => {
      const empty = expectFail(validateProviderInput(exchangeInput({ auth: oauth(GUID, replace('')) })));
      expect(empty.errors).to.deep.equal({ 'auth.clientSecret.value': { code: 'required' } });
    });

    it('cannot be kept when none is stored: a new provider has none', () => {
      const result = expectFail(validateProviderInput(exchangeInput({ auth: oauth(GUID, keep) })));
      expect(result.errors).to.deep.equal({ 'auth.clientSecret': { code: 'secret-required' } });
    });

    it('can be kept by a stored provider (one with an id) by default', () => {
      const result = expectOk(validateProviderInput(exchangeInput({ id: 'p1', auth: oauth(GUID, keep) })));
      expect(result.input.auth).to.deep.equal(oauth(GUID, keep));
      expect(result.input.id).to.equal('p1');
    });

    it('follows the context on whether a secret is stored', () => {
      const noneStored = expectFail(validateProviderInput(exchangeInput({ id: 'p1', auth: oauth(GUID, keep) }), { hasStoredSecret: false }));
      expect(noneStored.errors).to.deep.equal({ 'auth.clientSecret': { code: 'secret-required' } });
      expect(validateProviderInput(exchangeInput({ auth: oauth(GUID, keep) }), { hasStoredSecret: true }).ok).to.equal(true);
    });

    it('can always be replaced', () => {
      const result = expectOk(validateProviderInput(exchangeInput({ id: 'p1', auth: oauth(GUID, replace('new-secret')) })));
      expect(result.input.auth).to.deep.equal(oauth(GUID, replace('new-secret')));
    });

    it('is not needed for Basic', () => {
      expect(validateProviderInput(exchangeInput({ auth: { method: 'basic' } })).ok).to.equal(true);
    });
  });

  describe('warnings (R12): Basic is retired by Microsoft, and never blocks', () => {
    it('warns basic-auth-deprecated for Exchange with Basic', () => {
      const result = expectOk(validateProviderInput(exchangeInput({ auth: { method: 'basic' } })));
      expect(result.warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-deprecated' } });
    });

    it('warns basic-auth-m365 for a Microsoft 365 host with Basic, Exchange or IMAP', () => {
      const exchange = expectOk(validateProviderInput(exchangeInput({ serviceAddress: 'outlook.office365.com', auth: { method: 'basic' } })));
      expect(exchange.warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-m365' } });
      const imap = expectOk(validateProviderInput(imapInput({ incoming: { host: 'imap-mail.outlook.com', port: 993, security: 'ssl' } })));
      expect(imap.warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-m365' } });
    });

    it('gives only the general retirement warning for Basic sending through Microsoft 365 (SMTP still works; the advisor dates it)', () => {
      const smtpOnly = imapInput({ outgoing: { host: 'smtp.office365.com', port: 587, security: 'starttls' } });
      expect(expectOk(validateProviderInput(smtpOnly)).warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-deprecated' } });
    });

    it('does not warn for IMAP with Basic elsewhere, nor for OAuth 2.0', () => {
      expect(expectOk(validateProviderInput(imapInput())).warnings).to.deep.equal({});
      expect(expectOk(validateProviderInput(exchangeInput({ serviceAddress: 'outlook.office365.com' }))).warnings).to.deep.equal({});
    });

    it('still warns when there are errors', () => {
      const result = expectFail(validateProviderInput(exchangeInput({ name: '   ', auth: { method: 'basic' } })));
      expect(result.errors).to.deep.equal({ name: { code: 'required' } });
      expect(result.warnings).to.deep.equal({ 'auth.method': { code: 'basic-auth-deprecated' } });
    });
  });

  describe('domains (R6)', () => {
    it('are optional', () => {
      expect(expectOk(validateProviderInput(exchangeInput({ domains: [] }))).input.domains).to.deep.equal([]);
    });

    it('are normalised: trimmed, "@" dropped, lower case, punycode, no trailing dot', () => {
      const result = expectOk(validateProviderInput(exchangeInput({ domains: [' @Contoso.COM ', 'Почта.РФ', 'eu.contoso.com.'] })));
      expect(result.input.domains).to.deep.equal(['contoso.com', 'xn--80a1acny.xn--p1ai', 'eu.contoso.com']);
    });

    it('reports a duplicate after normalisation, on the repeat and on the group', () => {
      const result = expectFail(validateProviderInput(exchangeInput({ domains: ['contoso.com', 'fabrikam.com', 'CONTOSO.com.'] })));
      expect(result.errors).to.deep.equal({
        'domains.2': { code: 'domain-duplicate', params: { domain: 'contoso.com' } },
        domains: { code: 'domain-duplicate', params: { domain: 'contoso.com' } },
      });
    });

    it('reports invalid domains, each at its index, the first one on the group', () => {
      const result = expectFail(
        validateProviderInput(exchangeInput({ domains: ['contoso.com', '', 'localhost', 'https://x.com', '10.0.0.1', 'a b.com'] })),
      );
      expect(result.errors).to.deep.equal({
        'domains.1': { code: 'domain-invalid' },
        'domains.2': { code: 'domain-invalid' },
        'domains.3': { code: 'domain-invalid' },
        'domains.4': { code: 'address-ip-literal' },
        'domains.5': { code: 'address-spaces' },
        domains: { code: 'domain-invalid' },
      });
    });

    it('reports a domain taken by another provider, naming the domain and the provider', () => {
      const context: ProviderValidationContext = {
        otherProviders: [
          { id: 'p2', name: 'Fabrikam', domains: ['Fabrikam.com'] },
          { id: 'p3', name: 'Northwind', domains: [] },
        ],
      };
      const result = expectFail(validateProviderInput(exchangeInput({ domains: ['contoso.com', '@FABRIKAM.com'] }), context));
      expect(result.errors).to.deep.equal({
        'domains.1': { code: 'domain-taken', params: { domain: 'fabrikam.com', provider: 'Fabrikam' } },
        domains: { code: 'domain-taken', params: { domain: 'fabrikam.com', provider: 'Fabrikam' } },
      });
    });

    it("does not report the provider's own domains as taken", () => {
      const context: ProviderValidationContext = { otherProviders: [{ id: 'p1', name: 'Contoso (stored)', domains: ['contoso.com'] }] };
      expect(validateProviderInput(exchangeInput({ id: 'p1', auth: oauth(GUID, keep), domains: ['contoso.com'] }), context).ok).to.equal(true);
    });

    it('does report a domain held by a stored provider to a new one', () => {
      const context: ProviderValidationContext = { otherProviders: [{ id: 'p1', name: 'Contoso', domains: ['contoso.com'] }] };
      expect(expectFail(validateProviderInput(exchangeInput(), context)).errors['domains.0']).to.deep.equal({
        code: 'domain-taken',
        params: { domain: 'contoso.com', provider: 'Contoso' },
      });
    });

    it('does not let a duplicate hide behind a taken one, nor count the taken one as seen', () => {
      const context: ProviderValidationContext = { otherProviders: [{ id: 'p2', name: 'Fabrikam', domains: ['fabrikam.com'] }] };
      const result = expectFail(validateProviderInput(exchangeInput({ domains: ['fabrikam.com', 'fabrikam.com'] }), context));
      expect(result.errors['domains.0']!.code).to.equal('domain-taken');
      expect(result.errors['domains.1']!.code).to.equal('domain-taken');
    });
  });

  describe('reports every rule at once', () => {
    it('gives one error per field for a draft full of mistakes', () => {
      const result = expectFail(
        validateProviderInput(
          exchangeInput({
            name: ' ',
            serviceAddress: 'exchange',
            loadEmails: false,
            sendEmails: false,
            auth: oauth('app', keep),
            domains: ['x'],
          }),
        ),
      );
      expect(result.errors).to.deep.equal({
        name: { code: 'required' },
        serviceAddress: { code: 'address-needs-domain' },
        delivery: { code: 'delivery-none' },
        'auth.clientId': { code: 'client-id-not-guid' },
        'auth.clientSecret': { code: 'secret-required' },
        'domains.0': { code: 'domain-invalid' },
        domains: { code: 'domain-invalid' },
      });
      expect(result.warnings).to.deep.equal({});
    });
  });

  describe('malformed input', () => {
    for (const raw of [null, undefined, 42, 'exchange', true, [], () => 1]) {
      it(`rejects ${typeof raw === 'function' ? 'a function' : (JSON.stringify(raw) ?? 'undefined')} without throwing`, () => {
        const result = expectFail(validateProviderInput(raw));
        expect(Object.keys(result.errors)).not.to.be.empty;
        expect(result.warnings).to.deep.equal({});
      });
    }

    it('rejects an unknown service type on the type field', () => {
      expect(expectFail(validateProviderInput({ ...exchangeInput(), type: 'pop3' })).errors).to.have.property('type');
      expect(expectFail(validateProviderInput({})).errors).to.have.property('type');
    });

    it('calls missing fields required', () => {
      const result = expectFail(validateProviderInput({ type: 'exchange' }));
      expect(result.errors).to.deep.include({
        name: { code: 'required' },
        serviceAddress: { code: 'required' },
        loadEmails: { code: 'required' },
        sendEmails: { code: 'required' },
        domains: { code: 'required' },
        auth: { code: 'required' },
      });
      const imap = expectFail(validateProviderInput({ ...imapInput(), incoming: { port: 993, security: 'ssl' }, outgoing: undefined }));
      expect(imap.errors).to.deep.equal({ 'incoming.host': { code: 'required' }, outgoing: { code: 'required' } });
    });

    it('calls wrongly typed fields option-invalid', () => {
      const result = expectFail(
        validateProviderInput({ ...exchangeInput(), name: 7, loadEmails: 'yes', domains: 'contoso.com', auth: { method: 'kerberos' } }),
      );
      expect(result.errors).to.deep.include({
        name: { code: 'option-invalid' },
        loadEmails: { code: 'option-invalid' },
        domains: { code: 'option-invalid' },
      });
      expect(result.errors).to.have.property('auth.method');
    });

    it('reports a non-string domain at its index', () => {
      const result = expectFail(validateProviderInput({ ...exchangeInput(), domains: ['contoso.com', 5] }));
      expect(result.errors).to.deep.equal({ 'domains.1': { code: 'option-invalid' } });
    });

    it('gives the name limit as a param, as the rules do', () => {
      const result = expectFail(validateProviderInput({ ...exchangeInput(), name: 'n'.repeat(MAX_NAME_LENGTH + 1), loadEmails: 1 }));
      expect(result.errors.name).to.deep.equal({ code: 'too-long', params: { max: MAX_NAME_LENGTH } });
    });
  });

  describe('properties', () => {
    const knownCodes = new Set<string>(ERROR_CODES);

    it('never throws on anything, and every error is a known code', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }), (raw) => {
          const result = validateProviderInput(raw);
          if (result.ok) return;
          expect(Object.keys(result.errors)).not.to.be.empty;
          for (const issue of Object.values(result.errors)) expect(knownCodes.has(issue.code), issue.code).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });

    // Inputs of the right shape with arbitrary values, so the rules (not only the schema) run.
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        ' ',
        'mail.contoso.com',
        'OUTLOOK.office365.com',
        'https://Mail.Contoso.com/ews',
        'почта.рф',
        GUID.toUpperCase(),
        'contoso.com',
      ),
    );
    const endpoint = fc.record({
      host: text.filter((s) => s !== ''),
      port: fc.integer({ min: 1, max: 65535 }),
      security: fc.constantFrom(...SECURITY_MODES),
    });
    const auth = fc.oneof(
      fc.constant({ method: 'basic' as const }),
      fc.record({
        method: fc.constant('oauth2' as const),
        clientId: text.filter((s) => s !== ''),
        clientSecret: fc.oneof(fc.constant(keep), text.filter((s) => s !== '').map(replace)),
      }),
    );
    const common = {
      id: fc.option(fc.constantFrom('p1', 'p2'), { nil: undefined }),
      name: text.filter((s) => s !== ''),
      loadEmails: fc.boolean(),
      sendEmails: fc.boolean(),
      loginFormat: fc.constantFrom(...LOGIN_FORMATS),
      auth,
      domains: fc.array(text, { maxLength: 4 }),
    };
    const shaped: fc.Arbitrary<MailProviderInput> = fc.oneof(
      fc.record(
        { ...common, type: fc.constant('exchange' as const), serviceAddress: text },
        { requiredKeys: ['type', 'name', 'loadEmails', 'sendEmails', 'loginFormat', 'auth', 'domains', 'serviceAddress'] },
      ),
      fc.record(
        { ...common, type: fc.constant('imap-smtp' as const), incoming: endpoint, outgoing: endpoint },
        { requiredKeys: ['type', 'name', 'loadEmails', 'sendEmails', 'loginFormat', 'auth', 'domains', 'incoming', 'outgoing'] },
      ),
    );
    const context: fc.Arbitrary<ProviderValidationContext> = fc.record(
      {
        otherProviders: fc.array(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), name: fc.string(), domains: fc.array(text, { maxLength: 2 }) }), {
          maxLength: 3,
        }),
        hasStoredSecret: fc.boolean(),
      },
      { requiredKeys: [] },
    );

    it('never throws on well-shaped input, and validateProviderInput agrees with checkProviderRules', () => {
      fc.assert(
        fc.property(shaped, context, (input, ctx) => {
          expect(validateProviderInput(input, ctx)).to.deep.equal(checkProviderRules(input, ctx));
        }),
        { numRuns: 500 },
      );
    });

    it('an accepted input is canonical: validating it again gives the same input, the same warnings and no notes', () => {
      let accepted = 0;
      fc.assert(
        fc.property(shaped, context, (input, ctx) => {
          const first = validateProviderInput(input, ctx);
          if (!first.ok) return;
          accepted += 1;
          const second = expectOk(validateProviderInput(first.input, ctx));
          expect(second.input).to.deep.equal(first.input);
          expect(second.warnings).to.deep.equal(first.warnings);
          expect(second.notes).to.deep.equal({});
        }),
        { numRuns: 500 },
      );
      expect(accepted, 'inputs accepted').to.be.above(0);
    });

    it('warnings never block: an input that is ok with OAuth 2.0 is ok with Basic too', () => {
      let accepted = 0;
      fc.assert(
        fc.property(shaped, (input) => {
          const basic = { ...input, auth: { method: 'basic' as const } };
          const withOAuth = { ...input, auth: oauth(GUID, replace('s')) };
          if (!validateProviderInput(withOAuth).ok) return;
          accepted += 1;
          expect(validateProviderInput(basic).ok).to.equal(true);
        }),
        { numRuns: 300 },
      );
      expect(accepted, 'inputs accepted').to.be.above(0);
    });

    it('R10 holds: an input with neither load nor send is never accepted', () => {
      fc.assert(
        fc.property(shaped, (input) => {
          const result = validateProviderInput({ ...input, loadEmails: false, sendEmails: false });
          expect(expectFail(result).errors.delivery).to.deep.equal({ code: 'delivery-none' });
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('checkProviderRules', () => {
  it('applies the rules to an input of known shape, with an empty context by default', () => {
    expect(checkProviderRules(exchangeInput()).ok).to.equal(true);
    expect(expectFail(checkProviderRules(exchangeInput({ name: '  ' }))).errors).to.deep.equal({ name: { code: 'required' } });
  });
});

describe('providerWarnings', () => {
  it('warns for a stored Exchange provider with Basic', () => {
    expect(providerWarnings(exchangeProvider({ auth: { method: 'basic' } }))).to.deep.equal({
      'auth.method': { code: 'basic-auth-deprecated' },
    });
  });

  it('warns for a stored Microsoft 365 provider with Basic, Exchange or IMAP', () => {
    expect(providerWarnings(exchangeProvider({ serviceAddress: 'outlook.office365.com', auth: { method: 'basic' } }))).to.deep.equal({
      'auth.method': { code: 'basic-auth-m365' },
    });
    expect(providerWarnings(imapProvider({ incoming: { host: 'imap-mail.outlook.com', port: 993, security: 'ssl' } }))).to.deep.equal({
      'auth.method': { code: 'basic-auth-m365' },
    });
  });

  it('warns only of the retirement for Basic sending through Microsoft 365, which still works until the tenant turns it off', () => {
    expect(providerWarnings(imapProvider({ outgoing: { host: 'smtp-mail.outlook.com', port: 587, security: 'starttls' } }))).to.deep.equal({
      'auth.method': { code: 'basic-auth-deprecated' },
    });
  });

  it('does not warn for OAuth 2.0, nor for IMAP with Basic elsewhere', () => {
    expect(providerWarnings(exchangeProvider())).to.deep.equal({});
    expect(providerWarnings(imapProvider())).to.deep.equal({});
  });
});

describe('providerAddress', () => {
  it('is the service address of an Exchange provider and the incoming host of an IMAP one', () => {
    expect(providerAddress(exchangeProvider())).to.equal('mail.contoso.com');
    expect(providerAddress(imapProvider())).to.equal('imap.fabrikam.com');
    expect(providerAddress(imapInput())).to.equal('imap.fabrikam.com');
  });
});
