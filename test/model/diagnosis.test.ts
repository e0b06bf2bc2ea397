import { describe, it } from 'node:test';
import { expect } from 'chai';
import { DIAGNOSIS_CODES, diagnose, isOutsideUserControl, type DiagnosisCode, type DiagnosisInput } from '../../src/model/index.js';
import { diagnosticsEn } from '../../src/i18n/diagnostics/en.js';
import { diagnosticsRu } from '../../src/i18n/diagnostics/ru.js';

/** Real wording adapters pass through, one or more per recognised cause, with the stage it points at. */
const SAMPLES: Record<DiagnosisCode, { input: DiagnosisInput; stage: string }[]> = {
  'entra-single-tenant-common': [
    {
      input: { kind: 'auth-failed', details: { serverReply: "AADSTS50194: Application 'x'(app) is not configured as a multi-tenant application." } },
      stage: 'authenticate',
    },
  ],
  'entra-consent-missing': [
    {
      input: { kind: 'auth-failed', details: { rawCode: 'AADSTS65001', serverReply: 'The user or administrator has not consented' } },
      stage: 'authenticate',
    },
  ],
  'entra-secret-invalid': [{ input: { kind: 'auth-failed', details: { rawCode: 'AADSTS7000215' } }, stage: 'authenticate' }],
  'entra-secret-expired': [
    {
      input: { kind: 'auth-failed', details: { serverReply: 'AADSTS7000222: The provided client secret keys for app are expired.' } },
      stage: 'authenticate',
    },
  ],
  'entra-app-not-found': [{ input: { kind: 'auth-failed', details: { rawCode: 'AADSTS700016' } }, stage: 'authenticate' }],
  'entra-wrong-credentials': [{ input: { kind: 'auth-failed', details: { rawCode: 'aadsts50126' } }, stage: 'authenticate' }],
  'oauth-grant-expired': [
    {
      input: { kind: 'auth-failed', details: { rawCode: 'invalid_grant', serverReply: 'AADSTS700082: The refresh token has expired' } },
      stage: 'authenticate',
    },
  ],
  'smtp-auth-unsuccessful': [
    {
      input: {
        kind: 'auth-failed',
        details: { serverReply: '535 5.7.3 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]' },
      },
      stage: 'authenticate',
    },
  ],
  'smtp-auth-disabled': [
    {
      input: {
        kind: 'auth-failed',
        details: { serverReply: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' },
      },
      stage: 'authenticate',
    },
  ],
  'smtp-basic-not-supported': [
    {
      input: { kind: 'auth-failed', details: { serverReply: '550 5.7.30 Basic authentication is not supported for Client Submission.' } },
      stage: 'authenticate',
    },
  ],
  'smtp-storedrv-submission': [
    {
      input: {
        kind: 'forbidden',
        details: { serverReply: '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied' },
      },
      stage: 'send',
    },
  ],
  'imap-authenticate-failed': [{ input: { kind: 'auth-failed', details: { serverReply: 'A1 NO AUTHENTICATE failed.' } }, stage: 'authenticate' }],
  'imap-not-connected': [
    { input: { kind: 'forbidden', details: { serverReply: 'A2 BAD User is authenticated but not connected.' } }, stage: 'mailbox' },
  ],
  'tls-expired': [
    { input: { kind: 'tls', details: { rawCode: 'CERT_HAS_EXPIRED' } }, stage: 'tls' },
    { input: { kind: 'tls', details: { serverReply: 'certificate has expired' } }, stage: 'tls' },
  ],
  'tls-wrong-host': [
    {
      input: { kind: 'tls', details: { rawCode: 'ERR_TLS_CERT_ALTNAME_INVALID', serverReply: "Hostname/IP does not match certificate's altnames" } },
      stage: 'tls',
    },
  ],
  'tls-self-signed': [
    { input: { kind: 'tls', details: { rawCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' } }, stage: 'tls' },
    { input: { kind: 'tls', details: { rawCode: 'SELF_SIGNED_CERT_IN_CHAIN' } }, stage: 'tls' },
  ],
  'dns-not-found': [
    {
      input: { kind: 'unreachable', details: { rawCode: 'ENOTFOUND', serverReply: 'getaddrinfo ENOTFOUND mail.contoso.invalid' } },
      stage: 'resolve',
    },
  ],
  'connection-refused': [
    { input: { kind: 'unreachable', details: { rawCode: 'ECONNREFUSED', serverReply: 'connect ECONNREFUSED 10.0.0.5:993' } }, stage: 'connect' },
  ],
  timeout: [
    { input: { kind: 'timeout', details: { rawCode: 'ETIMEDOUT' } }, stage: 'connect' },
    { input: { kind: 'unreachable', details: { serverReply: 'Connection timed out' } }, stage: 'connect' },
  ],
};

describe('diagnose: the error translator', () => {
  for (const code of DIAGNOSIS_CODES) {
    it(`recognises ${code}, names its stage, and keeps the raw words`, () => {
      const samples = SAMPLES[code];
      expect(samples.length).to.be.greaterThan(0);
      for (const { input, stage } of samples) {
        const diagnosis = diagnose(input);
        expect(diagnosis.code, JSON.stringify(input)).to.equal(code);
        expect(diagnosis.stage).to.equal(stage);
        expect(diagnosis.kind).to.equal(input.kind);
        if (input.details?.rawCode) expect(diagnosis.rawCode).to.equal(input.details.rawCode);
        if (input.details?.serverReply) expect(diagnosis.serverReply).to.equal(input.details.serverReply);
      }
    });
  }

  it('reads 535 5.7.139 as disabled SMTP AUTH, not as 535 5.7.3', () => {
    expect(diagnose({ kind: 'auth-failed', details: { rawCode: '535 5.7.139' } }).code).to.equal('smtp-auth-disabled');
    expect(diagnose({ kind: 'auth-failed', details: { rawCode: '535 5.7.3' } }).code).to.equal('smtp-auth-unsuccessful');
  });

  it('does not mistake a longer Entra code for a shorter one', () => {
    expect(diagnose({ kind: 'auth-failed', details: { rawCode: 'AADSTS7000216' } }).code).to.equal(null);
    expect(diagnose({ kind: 'auth-failed', details: { rawCode: 'AADSTS501261' } }).code).to.equal(null);
    expect(diagnose({ kind: 'auth-failed', details: { rawCode: 'AADSTS7000016' } }).code).to.equal(null);
  });

  it('needs STOREDRV for 554 5.2.0: another 554 5.2.0 is unknown', () => {
    expect(diagnose({ kind: 'unknown', details: { serverReply: '554 5.2.0 Mailbox full' } }).code).to.equal(null);
  });

  it('reads the Entra code before the OAuth error name it comes with', () => {
    const reply = 'invalid_grant: AADSTS50126: Error validating credentials due to invalid username or password.';
    expect(diagnose({ kind: 'auth-failed', details: { serverReply: reply } }).code).to.equal('entra-wrong-credentials');
  });

  it('keeps the adapter’s stage over the one the words imply', () => {
    expect(diagnose({ kind: 'auth-failed', details: { stage: 'send', rawCode: '535 5.7.3' } }).stage).to.equal('send');
  });

  it('falls back to the error kind for unknown words, keeping them for the report', () => {
    const diagnosis = diagnose({ kind: 'auth-failed', details: { rawCode: 'X-42', serverReply: 'Something odd' } });
    expect(diagnosis).to.deep.equal({ code: null, kind: 'auth-failed', stage: 'authenticate', rawCode: 'X-42', serverReply: 'Something odd' });
    expect(diagnose({ kind: 'unknown' })).to.deep.equal({ code: null, kind: 'unknown' });
    // The element's own time limit has no server words: the kind's message says it.
    expect(diagnose({ kind: 'timeout' })).to.deep.equal({ code: null, kind: 'timeout', stage: 'connect' });
    expect(diagnose({ kind: 'sync-service' }).stage).to.equal(undefined);
  });

  it('says which failures are outside the user’s control', () => {
    expect(isOutsideUserControl(diagnose({ kind: 'sync-service' }), false)).to.equal(true);
    expect(isOutsideUserControl(diagnose({ kind: 'unreachable', details: { rawCode: 'ECONNREFUSED' } }), false)).to.equal(true);
    expect(isOutsideUserControl(diagnose({ kind: 'timeout' }), false)).to.equal(true);
    expect(isOutsideUserControl(diagnose({ kind: 'tls', details: { rawCode: 'CERT_HAS_EXPIRED' } }), true)).to.equal(true);
    expect(isOutsideUserControl(diagnose({ kind: 'tls', details: { rawCode: 'CERT_HAS_EXPIRED' } }), false)).to.equal(false);
    expect(isOutsideUserControl(diagnose({ kind: 'unreachable', details: { rawCode: 'ENOTFOUND' } }), true)).to.equal(false);
    expect(isOutsideUserControl(diagnose({ kind: 'auth-failed', details: { rawCode: 'AADSTS50126' } }), true)).to.equal(false);
  });
});

describe('translator texts, en and ru', () => {
  for (const [locale, messages] of [
    ['en', diagnosticsEn],
    ['ru', diagnosticsRu],
  ] as const) {
    for (const code of DIAGNOSIS_CODES) {
      it(`${locale}: ${code} has a cause and a fix`, () => {
        const { title, action } = messages.causes[code];
        expect(title.trim()).to.not.equal('');
        expect(action.trim()).to.not.equal('');
        expect(title).to.not.equal(action);
        if (locale === 'ru') {
          expect(title).to.match(/[а-яё]/i);
          expect(title).to.not.equal(diagnosticsEn.causes[code].title);
        }
      });
    }
  }

  it('names the server code in the cause where the user will search for it', () => {
    for (const messages of [diagnosticsEn, diagnosticsRu]) {
      expect(messages.causes['entra-secret-expired'].title).to.include('AADSTS7000222');
      expect(messages.causes['smtp-auth-disabled'].title).to.include('535 5.7.139');
      expect(messages.causes['smtp-basic-not-supported'].title).to.include('550 5.7.30');
    }
  });

  it('formats a stage item with its duration in both locales', () => {
    expect(diagnosticsEn.stageItem({ stage: 'Connect', state: 'passed', durationMs: 40 })).to.equal('Connect: passed (40 ms)');
    expect(diagnosticsRu.stageItem({ stage: 'Подключение', state: 'ожидание' })).to.equal('Подключение: ожидание');
  });
});
