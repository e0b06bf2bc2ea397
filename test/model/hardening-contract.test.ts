// Issue 10: record versions in the schemas (item 3) and the OAuth help link rule (item 9).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { MailAccountInputSchema, MailAccountSchema, MailProviderInputSchema, MailProviderSchema, safeHelpUrl } from '../../src/model/index.js';
import { accountInput, exchangeInput, exchangeProvider } from './helpers.js';

describe('item 3: records and save inputs carry an optional positive integer version', () => {
  const account = {
    ...accountInput(),
    id: 'a1',
    status: 'connected',
    auth: { method: 'basic', hasPassword: true },
  };

  it('a version survives parsing of providers, mailboxes and their inputs', () => {
    expect(MailProviderSchema.parse({ ...exchangeProvider(), version: 3 }).version).to.equal(3);
    expect(MailAccountSchema.parse({ ...account, version: 1 }).version).to.equal(1);
    expect(MailProviderInputSchema.parse({ ...exchangeInput(), id: 'p', version: 2 }).version).to.equal(2);
    expect(MailAccountInputSchema.parse({ ...accountInput(), id: 'a1', version: 7 }).version).to.equal(7);
  });

  it('no version is still valid (no check)', () => {
    expect('version' in MailProviderSchema.parse(exchangeProvider())).to.equal(false);
  });

  for (const bad of [0, -1, 1.5, '2', Number.NaN, Infinity]) {
    it(`${String(bad)} is not a version`, () => {
      expect(MailProviderSchema.safeParse({ ...exchangeProvider(), version: bad }).success).to.equal(false);
      expect(MailAccountInputSchema.safeParse({ ...accountInput(), version: bad }).success).to.equal(false);
    });
  }
});

describe('item 9: safeHelpUrl renders only https:, or http: on the local machine', () => {
  for (const [raw, expected] of [
    [
      'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
      'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
    ],
    ['  https://help.contoso.com/oauth#setup ', 'https://help.contoso.com/oauth#setup'],
    ['HTTPS://Help.Contoso.com/', 'https://help.contoso.com/'],
    ['http://localhost:8080/help', 'http://localhost:8080/help'],
    ['http://127.0.0.1/help', 'http://127.0.0.1/help'],
    ['http://[::1]/help', 'http://[::1]/help'],
  ] as const) {
    it(`keeps ${raw.trim()}`, () => {
      expect(safeHelpUrl(raw)).to.equal(expected);
    });
  }

  for (const raw of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://help.contoso.com/',
    'http://localhost.evil.com/',
    'ftp://help.contoso.com/',
    'file:///etc/passwd',
    '//evil.com/x',
    '/relative/help',
    'https://user:pass@help.contoso.com/',
    '',
    'not a url',
  ]) {
    it(`refuses ${JSON.stringify(raw)}`, () => {
      expect(safeHelpUrl(raw)).to.equal(null);
    });
  }

  it('refuses what is not a string', () => {
    expect(safeHelpUrl(undefined)).to.equal(null);
    expect(safeHelpUrl(null)).to.equal(null);
  });
});
