import { describe, it } from 'node:test';
import { expect } from 'chai';
import { ADVISORY_CODES, MICROSOFT_PROTOCOL_DATES, adviseProvider, advisoriesBlockSave, isoDay } from '../../src/model/index.js';
import { diagnosticsEn } from '../../src/i18n/diagnostics/en.js';
import { diagnosticsRu } from '../../src/i18n/diagnostics/ru.js';
import { exchangeInput, imapInput } from './helpers.js';

const basic = { method: 'basic' } as const;
const ews = (serviceAddress = 'outlook.office365.com', auth: { method: string } = { method: 'oauth2' }) =>
  ({ ...exchangeInput({ serviceAddress }), auth }) as Parameters<typeof adviseProvider>[0];
const smtpOnline = (overrides: Partial<ReturnType<typeof imapInput>> = {}) =>
  imapInput({ outgoing: { host: 'smtp.office365.com', port: 587, security: 'starttls' }, auth: basic, ...overrides });
const codes = (provider: Parameters<typeof adviseProvider>[0], day: string) => adviseProvider(provider, day).map((advisory) => advisory.code);

/** The day before, the day itself and the day after a `YYYY-MM-DD` date. */
function around(date: string): [string, string, string] {
  const at = Date.parse(`${date}T00:00:00Z`);
  const day = (offset: number) => new Date(at + offset * 86_400_000).toISOString().slice(0, 10);
  return [day(-1), date, day(1)];
}

describe('protocol advisor: EWS on Exchange Online', () => {
  const [before, on, after] = around(MICROSOFT_PROTOCOL_DATES.ewsBlockStarts);
  it('says nothing the day before 1 October 2026', () => {
    expect(before).to.equal('2026-09-30');
    expect(codes(ews(), before)).to.deep.equal([]);
  });

  it('warns from 1 October 2026 that EWS is blocked in phases, naming 1 April 2027 and suggesting IMAP/SMTP with OAuth 2.0', () => {
    for (const day of [on, after, '2027-03-31']) {
      const [advisory] = adviseProvider(ews(), day);
      expect(advisory, day).to.deep.equal({
        code: 'ews-blocked-in-phases',
        severity: 'warning',
        blocksSave: false,
        date: '2027-04-01',
        suggestion: 'imap-smtp-oauth',
        field: 'type',
      });
    }
  });

  it('is an error that blocks saving from 1 April 2027', () => {
    const [dayBefore, offDay, dayAfter] = around(MICROSOFT_PROTOCOL_DATES.ewsOff);
    expect(codes(ews(), dayBefore)).to.deep.equal(['ews-blocked-in-phases']);
    expect(advisoriesBlockSave(adviseProvider(ews(), dayBefore))).to.equal(false);
    for (const day of [offDay, dayAfter]) {
      const advisories = adviseProvider(ews(), day);
      expect(advisories.map((advisory) => advisory.code)).to.deep.equal(['ews-off']);
      expect(advisories[0]!.severity).to.equal('error');
      expect(advisoriesBlockSave(advisories)).to.equal(true);
    }
  });

  it('covers the other Exchange Online names, with a port or in upper case', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.us', 'partner.outlook.cn', 'OUTLOOK.OFFICE365.COM:443']) {
      expect(codes(ews(host), '2026-12-01'), host).to.deep.equal(['ews-blocked-in-phases']);
    }
  });

  it('says nothing for on-premises Exchange, on any date, Basic or not', () => {
    for (const day of ['2022-01-01', '2026-12-01', '2027-04-01', '2030-01-01']) {
      expect(codes(ews('mail.contoso.com'), day)).to.deep.equal([]);
      expect(codes(ews('mail.contoso.com', basic), day)).to.deep.equal([]);
      expect(codes(smtpOnline({ outgoing: { host: 'smtp.contoso.com', port: 587, security: 'starttls' } }), day)).to.deep.equal([]);
    }
  });
});

describe('protocol advisor: Basic on Microsoft 365', () => {
  it('is an error for EWS and IMAP with Basic (off since October 2022), on any date', () => {
    const [before, on, after] = around(MICROSOFT_PROTOCOL_DATES.basicAuthOff);
    const imapOnline = imapInput({ incoming: { host: 'outlook.office365.com', port: 993, security: 'ssl' }, auth: basic });
    for (const day of [before, on, after, '2026-12-01']) {
      expect(codes(imapOnline, day), day).to.deep.equal(['basic-off-m365']);
    }
    expect(adviseProvider(imapOnline, on)[0]).to.deep.include({ severity: 'error', date: '2022-10-01', suggestion: 'oauth', field: 'auth.method' });
    expect(codes(ews('outlook.office365.com', basic), '2026-09-30')).to.deep.equal(['basic-off-m365']);
    expect(codes(ews('outlook.office365.com', basic), '2027-04-01')).to.deep.equal(['ews-off', 'basic-off-m365']);
  });

  it('warns for SMTP with Basic now, and more strongly from 31 December 2026', () => {
    const [before, on, after] = around(MICROSOFT_PROTOCOL_DATES.smtpBasicOffByDefault);
    expect(before).to.equal('2026-12-30');
    expect(codes(smtpOnline(), '2026-12-01')).to.deep.equal(['smtp-basic-m365-ending']);
    expect(codes(smtpOnline(), before)).to.deep.equal(['smtp-basic-m365-ending']);
    expect(codes(smtpOnline(), on)).to.deep.equal(['smtp-basic-m365-off-by-default']);
    expect(codes(smtpOnline(), after)).to.deep.equal(['smtp-basic-m365-off-by-default']);
    for (const advisory of [...adviseProvider(smtpOnline(), before), ...adviseProvider(smtpOnline(), on)]) {
      expect(advisory).to.deep.include({ severity: 'warning', blocksSave: false, date: '2026-12-31' });
    }
  });

  it('gives both notes for IMAP and SMTP on Microsoft 365 with Basic', () => {
    const both = smtpOnline({ incoming: { host: 'outlook.office365.com', port: 993, security: 'ssl' } });
    expect(codes(both, '2026-12-01')).to.deep.equal(['basic-off-m365', 'smtp-basic-m365-ending']);
  });

  it('ignores a server the provider does not use, and OAuth 2.0', () => {
    expect(codes(smtpOnline({ sendEmails: false }), '2026-12-01')).to.deep.equal([]);
    expect(codes(smtpOnline({ auth: { method: 'oauth2', clientId: 'x', clientSecret: { action: 'keep' } } }), '2027-01-01')).to.deep.equal([]);
  });

  it('takes today as a Date or an ISO string', () => {
    expect(isoDay(new Date('2026-12-31T23:59:59Z'))).to.equal('2026-12-31');
    expect(isoDay('2026-12-31T10:00:00+03:00')).to.equal('2026-12-31');
    expect(codes(smtpOnline(), new Date('2026-12-31T00:00:00Z') as unknown as string)).to.deep.equal(['smtp-basic-m365-off-by-default']);
  });
});

describe('advisor texts name their date, in en and ru', () => {
  const expected = {
    en: { '2027-04-01': '1 April 2027', '2022-10-01': '1 October 2022', '2026-12-31': '31 December 2026' },
    ru: { '2027-04-01': '1 апреля 2027 года', '2022-10-01': '1 октября 2022 года', '2026-12-31': '31 декабря 2026 года' },
  } as const;
  for (const [locale, messages] of [
    ['en', diagnosticsEn],
    ['ru', diagnosticsRu],
  ] as const) {
    it(`${locale}: every advisory has text with its date`, () => {
      for (const [iso, text] of Object.entries(expected[locale])) expect(messages.formatDate(iso)).to.equal(text);
      for (const code of ADVISORY_CODES) {
        const date = messages.formatDate('2027-04-01');
        expect(messages.advisories[code]({ date }), code).to.include(date);
      }
      expect(messages.advisories['ews-blocked-in-phases']({ date: 'D' })).to.include('EWSEnabled');
      expect(messages.advisories['smtp-basic-m365-off-by-default']({ date: 'D' })).to.include('2027');
    });
  }
});
