import { describe, it } from 'node:test';
import { expect } from 'chai';
import { MailAccountInputSchema, MailProviderInputSchema, firstErrorField, issuePath, schemaIssuesToFieldErrors } from '../../src/model/index.js';
import { exchangeInput, imapInput } from './helpers.js';

describe('issuePath', () => {
  it('joins a path with dots', () => {
    expect(issuePath(['incoming', 'port'])).to.equal('incoming.port');
    expect(issuePath(['domains', 2])).to.equal('domains.2');
    expect(issuePath(['name'])).to.equal('name');
    expect(issuePath([])).to.equal('');
  });

  it('turns a symbol into its description', () => {
    expect(issuePath([Symbol('x')])).to.equal('Symbol(x)');
  });
});

describe('schemaIssuesToFieldErrors', () => {
  it('maps each kind of issue to a code', () => {
    expect(
      schemaIssuesToFieldErrors([
        { code: 'too_small', path: ['name'] },
        { code: 'too_big', path: ['displayName'] },
        { code: 'invalid_format', path: ['loadFrom'] },
        { code: 'invalid_format', path: ['email'] },
        { code: 'invalid_value', path: ['loginFormat'] },
        { code: 'invalid_union', path: ['auth'] },
        { code: 'custom', path: ['other'] },
      ]),
    ).to.deep.equal({
      name: { code: 'required' },
      displayName: { code: 'too-long' },
      loadFrom: { code: 'date-invalid' },
      email: { code: 'option-invalid' },
      loginFormat: { code: 'option-invalid' },
      auth: { code: 'option-invalid' },
      other: { code: 'option-invalid' },
    });
  });

  it('gives the limit of a too_big issue as a param, as the rules do', () => {
    expect(schemaIssuesToFieldErrors([{ code: 'too_big', path: ['name'], maximum: 100 }])).to.deep.equal({
      name: { code: 'too-long', params: { max: 100 } },
    });
  });

  it('says port-invalid for any issue on a port', () => {
    expect(
      schemaIssuesToFieldErrors([
        { code: 'too_small', path: ['incoming', 'port'] },
        { code: 'invalid_type', path: ['outgoing', 'port'] },
      ]),
    ).to.deep.equal({ 'incoming.port': { code: 'port-invalid' }, 'outgoing.port': { code: 'port-invalid' } });
  });

  it('calls a missing value required and a wrong one option-invalid, from the reported input', () => {
    expect(
      schemaIssuesToFieldErrors([
        { code: 'invalid_type', path: ['name'], input: undefined },
        { code: 'invalid_type', path: ['loadEmails'], input: 'yes' },
        { code: 'invalid_type', path: ['sendEmails'], input: null },
      ]),
    ).to.deep.equal({
      name: { code: 'required' },
      loadEmails: { code: 'option-invalid' },
      sendEmails: { code: 'option-invalid' },
    });
  });

  it('falls back to an English message when the input was not reported', () => {
    expect(
      schemaIssuesToFieldErrors([
        { code: 'invalid_type', path: ['name'], message: 'Invalid input: expected string, received undefined' },
        { code: 'invalid_type', path: ['login'], message: 'Invalid input: expected string, received number' },
        { code: 'invalid_type', path: ['email'], message: 'Invalid input' },
        { code: 'invalid_type', path: ['providerId'] },
      ]),
    ).to.deep.equal({
      name: { code: 'required' },
      login: { code: 'option-invalid' },
      email: { code: 'option-invalid' },
      providerId: { code: 'option-invalid' },
    });
  });

  it('keeps the first issue per field', () => {
    expect(
      schemaIssuesToFieldErrors([
        { code: 'too_small', path: ['name'] },
        { code: 'too_big', path: ['name'], maximum: 100 },
      ]),
    ).to.deep.equal({ name: { code: 'required' } });
  });

  it('keys an issue about the whole value "_"', () => {
    expect(schemaIssuesToFieldErrors([{ code: 'invalid_type', path: [] }])).to.deep.equal({ _: { code: 'option-invalid' } });
  });

  it('gives no errors for no issues', () => {
    expect(schemaIssuesToFieldErrors([])).to.deep.equal({});
  });

  it("never passes the schema library's English text on", () => {
    const parsed = MailProviderInputSchema.safeParse({ ...exchangeInput(), name: 42, loginFormat: 'sometimes' });
    expect(parsed.success).to.equal(false);
    const errors = schemaIssuesToFieldErrors(parsed.error!.issues);
    expect(errors).to.deep.equal({ name: { code: 'option-invalid' }, loginFormat: { code: 'option-invalid' } });
  });

  it('reads real zod issues: nested paths, ports, too-long names, dates', () => {
    const provider = MailProviderInputSchema.safeParse(
      { ...imapInput(), name: 'x'.repeat(101), incoming: { host: '', port: 0, security: 'tls' } },
      { reportInput: true },
    );
    expect(schemaIssuesToFieldErrors(provider.error!.issues)).to.deep.equal({
      name: { code: 'too-long', params: { max: 100 } },
      'incoming.host': { code: 'required' },
      'incoming.port': { code: 'port-invalid' },
      'incoming.security': { code: 'option-invalid' },
    });
    const account = MailAccountInputSchema.safeParse({ loadFrom: '2024-1-1' }, { reportInput: true });
    const errors = schemaIssuesToFieldErrors(account.error!.issues);
    expect(errors.loadFrom).to.deep.equal({ code: 'date-invalid' });
    expect(errors.email).to.deep.equal({ code: 'required' });
  });
});

describe('firstErrorField', () => {
  const order = ['type', 'name', 'serviceAddress', 'incoming', 'outgoing', 'delivery', 'auth', 'domains'];

  it('gives the first field in display order that has an error', () => {
    expect(firstErrorField({ domains: { code: 'domain-invalid' }, name: { code: 'required' } }, order)).to.equal('name');
  });

  it('counts an error on a sub-field for its field', () => {
    expect(firstErrorField({ 'domains.1': { code: 'domain-duplicate' }, 'incoming.port': { code: 'port-invalid' } }, order)).to.equal('incoming');
    expect(firstErrorField({ 'auth.clientId': { code: 'required' } }, order)).to.equal('auth');
  });

  it('does not take a field for another one that merely starts with its name', () => {
    expect(firstErrorField({ 'domainsX.1': { code: 'domain-invalid' } }, ['domains'])).to.equal('domainsX.1');
  });

  it('falls back to the first error key when none is in the order', () => {
    expect(firstErrorField({ _: { code: 'option-invalid' } }, order)).to.equal('_');
  });

  it('gives undefined when there are no errors', () => {
    expect(firstErrorField({}, order)).to.equal(undefined);
  });
});
