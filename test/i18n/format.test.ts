import { expect } from '@open-wc/testing';
import { MailSetupError } from '../../src/adapter/errors.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { describeError, formatIssue } from '../../src/i18n/format.js';
import type { FieldIssue, MessageCode } from '../../src/model/codes.js';

describe('formatIssue', () => {
  it('formats errors with their parameters', () => {
    expect(formatIssue(en, { code: 'domain-duplicate', params: { domain: 'contoso.com' } })).to.include('contoso.com');
    expect(formatIssue(ru, { code: 'required' })).to.equal('Заполните это поле.');
  });

  it('formats warnings and notes from the same entry point', () => {
    expect(formatIssue(en, { code: 'basic-auth-m365' })).to.equal(en.warnings['basic-auth-m365']({}));
    const note: FieldIssue<MessageCode> = {
      code: 'address-url-stripped',
      params: { from: 'https://x:pw@mail.contoso.com/ews', to: 'mail.contoso.com' },
    };
    expect(formatIssue(en, note)).to.include('mail.contoso.com').and.not.include('pw@');
    expect(formatIssue(ru, { code: 'address-normalized' })).to.not.include('undefined');
  });

  it('gives an empty string for no issue, and a generic message for an unknown code', () => {
    expect(formatIssue(en, undefined)).to.equal('');
    expect(formatIssue(en, { code: 'from-the-future' } as unknown as FieldIssue)).to.equal(en.common.genericIssue.error);
  });
});

describe('describeError', () => {
  it('maps a MailSetupError by kind', () => {
    expect(describeError(en, new MailSetupError('in-use'))).to.equal(en.adapterErrors['in-use']);
    expect(describeError(ru, new MailSetupError('forbidden')).action).to.include('CanManageAdministration');
  });

  it('normalises aborts, timeouts and plain errors', () => {
    expect(describeError(en, new DOMException('stop', 'AbortError'))).to.equal(en.adapterErrors.aborted);
    expect(describeError(en, new DOMException('slow', 'TimeoutError'))).to.equal(en.adapterErrors.timeout);
    expect(describeError(en, new Error('boom'))).to.equal(en.adapterErrors.unknown);
  });

  it('falls back to unknown for a kind it does not know (a hand-written JS adapter)', () => {
    const odd = new MailSetupError('unknown');
    (odd as unknown as { kind: string }).kind = 'weird';
    expect(describeError(en, odd)).to.equal(en.adapterErrors.unknown);
  });
});
