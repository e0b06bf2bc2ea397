import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ERROR_CODES,
  LOGIN_FORMATS,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_LOGIN_LENGTH,
  defaultAccountSettings,
  isIsoDate,
  validateAccountInput,
  type AccountValidationContext,
  type MailAccountInput,
} from '../../src/model/index.js';
import { accountInput, exchangeProvider, expectFail, expectOk, imapProvider } from './helpers.js';

type ProviderContext = NonNullable<AccountValidationContext['provider']>;

const basicByEmail: ProviderContext = { loadEmails: true, sendEmails: true, loginFormat: 'email', auth: { method: 'basic' } };
const basicByMailbox: ProviderContext = { ...basicByEmail, loginFormat: 'mailbox-name' };
const basicManual: ProviderContext = { ...basicByEmail, loginFormat: 'manual' };
const oauthProvider: ProviderContext = exchangeProvider();

describe('isIsoDate', () => {
  for (const value of ['2024-02-29', '2000-02-29', '2023-02-28', '2023-12-31', '2023-01-01', '1999-04-30', '9999-12-31']) {
    it(`accepts ${value}`, () => {
      expect(isIsoDate(value)).to.equal(true);
    });
  }

  for (const value of [
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-01-32',
    '2023-1-01',
    '2023-01-1',
    '23-01-01',
    '2023/01/01',
    '2023-01-01T00:00:00Z',
    ' 2023-01-01',
    '',
    'yyyy-mm-dd',
  ]) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(isIsoDate(value)).to.equal(false);
    });
  }

  it('property: every calendar day from 1000 to 9999 is accepted', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        expect(isIsoDate(date.toISOString().slice(0, 10))).to.equal(true);
      }),
    );
  });

  it('property: a day past the end of its month is rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate(); // days in the month
        const iso = (day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(isIsoDate(iso(days))).to.equal(true);
        expect(isIsoDate(iso(days + 1))).to.equal(false);
      }),
    );
  });
});

describe('validateAccountInput', () => {
  describe('a valid mailbox', () => {
    it('is accepted without a provider context, as typed but canonical', () => {
      const result = expectOk(validateAccountInput(accountInput({ email: ' JDoe@Contoso.COM ', login: ' jdoe ', displayName: '  John  ' })));
      expect(result.input).to.deep.equal(accountInput({ email: 'JDoe@contoso.com', login: 'jdoe', displayName: 'John' }));
    });

    it('is accepted with OAuth 2.0 through an OAuth provider', () => {
      const input = accountInput({ auth: { method: 'oauth2', grantRef: 'grant-1' } });
      expect(expectOk(validateAccountInput(input, { provider: oauthProvider })).input).to.deep.equal(input);
    });

    it('keeps the settings as they are', () => {
      const input = accountInput({ isDefault: true, isShared: true, loadFrom: '2024-02-29', sendEmails: false });
      expect(expectOk(validateAccountInput(input, { provider: basicByEmail })).input).to.deep.equal(input);
    });
  });

  describe('email', () => {
    it('is required', () => {
      expect(expectFail(validateAccountInput(accountInput({ email: '  ' }))).errors.email).to.deep.equal({ code: 'required' });
    });

    it('must be valid', () => {
      expect(expectFail(validateAccountInput(accountInput({ email: 'jdoe' }))).errors.email).to.deep.equal({ code: 'email-invalid' });
      expect(expectFail(validateAccountInput(accountInput({ email: 'jdoe@localhost' }), { provider: basicByEmail })).errors).to.deep.equal({
        email: { code: 'email-invalid' },
      });
    });
  });

  describe("login, by the provider's login format (R11)", () => {
    it('"email": the login is the canonical address, whatever was sent', () => {
      const result = expectOk(validateAccountInput(accountInput({ email: 'JDoe@CONTOSO.com', login: 'something else' }), { provider: basicByEmail }));
      expect(result.input.login).to.equal('JDoe@contoso.com');
    });

    it('"mailbox-name": the login is the part before "@"', () => {
      const result = expectOk(validateAccountInput(accountInput({ email: 'example@google.com', login: '' }), { provider: basicByMailbox }));
      expect(result.input.login).to.equal('example');
    });

    it('"manual": the login is what the user typed, trimmed, and required', () => {
      expect(expectOk(validateAccountInput(accountInput({ login: '  CONTOSO\\jdoe ' }), { provider: basicManual })).input.login).to.equal(
        'CONTOSO\\jdoe',
      );
      expect(expectFail(validateAccountInput(accountInput({ login: '   ' }), { provider: basicManual })).errors).to.deep.equal({
        login: { code: 'login-required' },
      });
    });

    it('"manual": refuses a login too long or with control characters', () => {
      expect(
        expectFail(validateAccountInput(accountInput({ login: 'a'.repeat(MAX_LOGIN_LENGTH + 1) }), { provider: basicManual })).errors,
      ).to.deep.equal({
        login: { code: 'too-long' },
      });
      expect(expectFail(validateAccountInput(accountInput({ login: 'a\u0007b' }), { provider: basicManual })).errors).to.deep.equal({
        login: { code: 'text-control-characters' },
      });
    });

    it('without a provider, the login is required as typed', () => {
      expect(expectFail(validateAccountInput(accountInput({ login: '' }))).errors).to.deep.equal({ login: { code: 'login-required' } });
      expect(expectOk(validateAccountInput(accountInput({ login: ' x ' }))).input.login).to.equal('x');
    });

    it('with an invalid address, the login cannot be derived and is checked as typed', () => {
      const result = expectFail(validateAccountInput(accountInput({ email: 'nope', login: '' }), { provider: basicByEmail }));
      expect(result.errors).to.deep.equal({ email: { code: 'email-invalid' }, login: { code: 'login-required' } });
    });
  });

  describe('display name', () => {
    it(`is trimmed and at most ${MAX_DISPLAY_NAME_LENGTH} characters`, () => {
      expect(validateAccountInput(accountInput({ displayName: 'd'.repeat(MAX_DISPLAY_NAME_LENGTH) })).ok).to.equal(true);
      expect(validateAccountInput(accountInput({ displayName: ` ${'d'.repeat(MAX_DISPLAY_NAME_LENGTH)} ` })).ok).to.equal(true);
      expect(expectFail(validateAccountInput(accountInput({ displayName: 'd'.repeat(MAX_DISPLAY_NAME_LENGTH + 1) }))).errors).to.deep.equal({
        displayName: { code: 'too-long', params: { max: MAX_DISPLAY_NAME_LENGTH } },
      });
    });

    it('may be empty', () => {
      expect(validateAccountInput(accountInput({ displayName: '' })).ok).to.equal(true);
    });
  });

  describe('load from', () => {
    it('may be null (all mail) or a real day', () => {
      expect(validateAccountInput(accountInput({ loadFrom: null })).ok).to.equal(true);
      expect(validateAccountInput(accountInput({ loadFrom: '2024-02-29' })).ok).to.equal(true);
    });

    it('rejects a day that does not exist', () => {
      expect(expectFail(validateAccountInput(accountInput({ loadFrom: '2023-02-29' }))).errors).to.deep.equal({ loadFrom: { code: 'date-invalid' } });
      expect(expectFail(validateAccountInput(accountInput({ loadFrom: '2023-13-01' }))).errors).to.deep.equal({ loadFrom: { code: 'date-invalid' } });
    });

    it('rejects another date format', () => {
      expect(expectFail(validateAccountInput(accountInput({ loadFrom: '2023-2-1' }))).errors).to.deep.equal({ loadFrom: { code: 'date-invalid' } });
      expect(expectFail(validateAccountInput(accountInput({ loadFrom: '01.02.2023' }))).errors).to.deep.equal({ loadFrom: { code: 'date-invalid' } });
    });
  });

  describe('load and send, only where the provider does', () => {
    const sendOnly: ProviderContext = { ...basicByEmail, loadEmails: false };
    const loadOnly: ProviderContext = imapProvider(); // loads, does not send

    it('refuses to load through a provider that does not load', () => {
      expect(expectFail(validateAccountInput(accountInput({ loadEmails: true }), { provider: sendOnly })).errors).to.deep.equal({
        loadEmails: { code: 'option-invalid' },
      });
      expect(validateAccountInput(accountInput({ loadEmails: false }), { provider: sendOnly }).ok).to.equal(true);
    });

    it('refuses to send through a provider that does not send', () => {
      const input = accountInput({ email: 'jdoe@fabrikam.com', login: 'jdoe' });
      expect(expectFail(validateAccountInput(input, { provider: loadOnly })).errors).to.deep.equal({ sendEmails: { code: 'option-invalid' } });
      expect(validateAccountInput({ ...input, sendEmails: false }, { provider: loadOnly }).ok).to.equal(true);
    });

    it('does not check them without a provider', () => {
      expect(validateAccountInput(accountInput({ loadEmails: true, sendEmails: true })).ok).to.equal(true);
    });
  });

  describe('authentication', () => {
    it("must use the provider's method", () => {
      expect(expectFail(validateAccountInput(accountInput(), { provider: oauthProvider })).errors).to.deep.equal({
        auth: { code: 'option-invalid' },
      });
      const oauthInput = accountInput({ auth: { method: 'oauth2', grantRef: 'g' } });
      expect(expectFail(validateAccountInput(oauthInput, { provider: basicByEmail })).errors).to.deep.equal({ auth: { code: 'option-invalid' } });
    });

    it('OAuth 2.0 needs a grant', () => {
      const result = expectFail(validateAccountInput(accountInput({ auth: { method: 'oauth2', grantRef: '' } })));
      expect(result.errors).to.deep.equal({ 'auth.grantRef': { code: 'required' } });
    });

    it('Basic needs a password for a new mailbox', () => {
      const keep = accountInput({ auth: { method: 'basic', password: { action: 'keep' } } });
      expect(expectFail(validateAccountInput(keep)).errors).to.deep.equal({ password: { code: 'secret-required' } });
      const empty = accountInput({ auth: { method: 'basic', password: { action: 'replace', value: '' } } });
      expect(expectFail(validateAccountInput(empty)).errors).to.deep.equal({ 'auth.password.value': { code: 'required' } });
    });

    it('Basic keeps a stored password of a saved mailbox (B3)', () => {
      const keep = accountInput({ id: 'a1', auth: { method: 'basic', password: { action: 'keep' } } });
      expect(expectOk(validateAccountInput(keep)).input.auth).to.deep.equal({ method: 'basic', password: { action: 'keep' } });
    });

    it('follows the context on whether a password is stored', () => {
      const savedKeep = accountInput({ id: 'a1', auth: { method: 'basic', password: { action: 'keep' } } });
      expect(expectFail(validateAccountInput(savedKeep, { hasStoredPassword: false })).errors).to.deep.equal({
        password: { code: 'secret-required' },
      });
      const newKeep = accountInput({ auth: { method: 'basic', password: { action: 'keep' } } });
      expect(validateAccountInput(newKeep, { hasStoredPassword: true }).ok).to.equal(true);
    });

    it('a password is taken as typed, spaces included', () => {
      const input = accountInput({ auth: { method: 'basic', password: { action: 'replace', value: ' pass word ' } } });
      expect(expectOk(validateAccountInput(input)).input.auth).to.deep.equal(input.auth);
    });
  });

  it('reports every error at once', () => {
    const result = expectFail(
      validateAccountInput(
        accountInput({
          email: 'nope',
          login: '',
          displayName: 'x'.repeat(MAX_DISPLAY_NAME_LENGTH + 1),
          loadFrom: '2023-02-30',
          sendEmails: true,
          auth: { method: 'basic', password: { action: 'keep' } },
        }),
        { provider: { ...oauthProvider, sendEmails: false } },
      ),
    );
    expect(result.errors).to.deep.equal({
      email: { code: 'email-invalid' },
      login: { code: 'login-required' },
      displayName: { code: 'too-long', params: { max: MAX_DISPLAY_NAME_LENGTH } },
      loadFrom: { code: 'date-invalid' },
      sendEmails: { code: 'option-invalid' },
      auth: { code: 'option-invalid' },
      password: { code: 'secret-required' },
    });
  });

  describe('malformed input', () => {
    for (const raw of [null, undefined, 0, 'jdoe@contoso.com', [], true]) {
      it(`rejects ${JSON.stringify(raw) ?? 'undefined'} without throwing`, () => {
        expect(Object.keys(expectFail(validateAccountInput(raw)).errors)).not.to.be.empty;
      });
    }

    it('calls missing fields required', () => {
      expect(expectFail(validateAccountInput({})).errors).to.deep.equal({
        email: { code: 'required' },
        providerId: { code: 'required' },
        login: { code: 'required' },
        displayName: { code: 'required' },
        loadEmails: { code: 'required' },
        sendEmails: { code: 'required' },
        isDefault: { code: 'required' },
        isShared: { code: 'required' },
        loadFrom: { code: 'required' },
        auth: { code: 'required' },
      });
    });

    it('calls wrongly typed fields option-invalid', () => {
      const result = expectFail(validateAccountInput({ ...accountInput(), email: 5, loadEmails: 'yes', loadFrom: 20240101, providerId: '' }));
      expect(result.errors).to.deep.equal({
        email: { code: 'option-invalid' },
        providerId: { code: 'required' },
        loadEmails: { code: 'option-invalid' },
        loadFrom: { code: 'option-invalid' },
      });
    });

    it('rejects an unknown auth method', () => {
      expect(expectFail(validateAccountInput({ ...accountInput(), auth: { method: 'ntlm' } })).errors).to.have.property('auth.method');
    });
  });

  describe('properties', () => {
    const knownCodes = new Set<string>(ERROR_CODES);

    it('never throws on anything, and every error is a known code', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true, withDate: true }), (raw) => {
          const result = validateAccountInput(raw);
          if (result.ok) return;
          for (const issue of Object.values(result.errors)) expect(knownCodes.has(issue.code), issue.code).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });

    const text = fc.oneof(fc.string(), fc.emailAddress(), fc.constantFrom('', ' ', 'jdoe', 'JDoe@Contoso.COM', '2024-02-29', '2023-02-29'));
    const shaped: fc.Arbitrary<MailAccountInput> = fc.record(
      {
        id: fc.constant('a1'),
        email: text,
        providerId: fc.constant('p1'),
        login: text,
        displayName: text,
        loadEmails: fc.boolean(),
        sendEmails: fc.boolean(),
        isDefault: fc.boolean(),
        isShared: fc.boolean(),
        loadFrom: fc.oneof(
          fc.constant(null),
          fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-12-31') }).map((d) => d.toISOString().slice(0, 10)),
          fc.constant('2023-02-29'),
        ),
        auth: fc.oneof(
          fc.record({
            method: fc.constant('basic' as const),
            password: fc.oneof(
              fc.constant({ action: 'keep' as const }),
              fc.string({ minLength: 1 }).map((value) => ({ action: 'replace' as const, value })),
            ),
          }),
          fc.record({ method: fc.constant('oauth2' as const), grantRef: fc.string({ minLength: 1 }) }),
        ),
      },
      { requiredKeys: ['email', 'providerId', 'login', 'displayName', 'loadEmails', 'sendEmails', 'isDefault', 'isShared', 'loadFrom', 'auth'] },
    );
    const providerArb: fc.Arbitrary<ProviderContext | undefined> = fc.option(
      fc.record({
        loadEmails: fc.boolean(),
        sendEmails: fc.boolean(),
        loginFormat: fc.constantFrom(...LOGIN_FORMATS),
        auth: fc.constantFrom<ProviderContext['auth']>({ method: 'basic' }, { method: 'oauth2', clientId: 'c', hasClientSecret: true }),
      }),
      { nil: undefined },
    );

    it('an accepted mailbox is canonical: validating it again gives the same input', () => {
      let accepted = 0;
      fc.assert(
        fc.property(shaped, providerArb, fc.boolean(), (input, provider, hasStoredPassword) => {
          const context = { provider, hasStoredPassword };
          const first = validateAccountInput(input, context);
          if (!first.ok) return;
          accepted += 1;
          expect(validateAccountInput(first.input, context)).to.deep.equal(first);
        }),
        { numRuns: 500 },
      );
      expect(accepted, 'mailboxes accepted').to.be.above(0);
    });

    it('an accepted mailbox respects its provider: method, load, send and login format', () => {
      fc.assert(
        fc.property(shaped, providerArb, (input, provider) => {
          const result = validateAccountInput(input, { provider, hasStoredPassword: true });
          if (!result.ok || provider === undefined) return;
          expect(result.input.auth.method).to.equal(provider.auth.method);
          if (!provider.loadEmails) expect(result.input.loadEmails).to.equal(false);
          if (!provider.sendEmails) expect(result.input.sendEmails).to.equal(false);
          if (provider.loginFormat === 'email') expect(result.input.login).to.equal(result.input.email);
          if (provider.loginFormat === 'mailbox-name')
            expect(result.input.login).to.equal(result.input.email.slice(0, result.input.email.lastIndexOf('@')));
          if (provider.loginFormat === 'manual') expect(result.input.login).to.equal(input.login.trim());
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('defaultAccountSettings', () => {
  it('loads and sends all mail, not default, not shared, no display name', () => {
    expect(defaultAccountSettings()).to.deep.equal({
      displayName: '',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: null,
    });
  });

  it('gives a fresh object each time', () => {
    const a = defaultAccountSettings();
    a.displayName = 'changed';
    expect(defaultAccountSettings().displayName).to.equal('');
  });
});
