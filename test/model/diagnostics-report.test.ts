import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { LIBRARY_VERSION } from '../../src/version.js';
import { formatDiagnosticsReport } from '../../src/i18n/diagnostics-report.js';
import { diagnosticsEn } from '../../src/i18n/diagnostics/en.js';
import { diagnosticsRu } from '../../src/i18n/diagnostics/ru.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { diagnose, foldStageReport, initialCheckStages, settleCheckStages } from '../../src/model/index.js';

const at = '2026-12-01T10:00:00.000Z';
const rows = settleCheckStages(
  foldStageReport(
    foldStageReport(initialCheckStages({ type: 'exchange', loadEmails: true, sendEmails: true }), {
      stage: 'resolve',
      state: 'passed',
      at,
      durationMs: 12,
    }),
    {
      stage: 'tls',
      state: 'failed',
      at,
      durationMs: 30,
      detail: { rawCode: 'CERT_HAS_EXPIRED', serverReply: 'certificate has expired for user:Pa55word!' },
    },
  ),
  { ok: false, at, stage: 'tls' },
);
const diagnosis = diagnose({
  kind: 'tls',
  details: { stage: 'tls', rawCode: 'CERT_HAS_EXPIRED', serverReply: 'certificate has expired for user:Pa55word!' },
});
const input = {
  library: `mail-provider-elements ${LIBRARY_VERSION}`,
  startedAt: at,
  provider: 'Contoso (exchange)',
  mailbox: 'alex@contoso.com',
  rows,
  diagnosis,
  secrets: ['Pa55word!'],
};

describe('formatDiagnosticsReport', () => {
  it('lists the library, the outcome, cause and fix, each stage with its time and the server words, in English', () => {
    const text = formatDiagnosticsReport(en, diagnosticsEn, input);
    expect(text).to.contain(`Library: mail-provider-elements ${LIBRARY_VERSION}`);
    expect(text).to.contain('Outcome: failed at “Secure connection (TLS)”');
    expect(text).to.contain('Cause: The server’s certificate has expired.');
    expect(text).to.contain('1. Find the server: passed (12 ms) — 2026-12-01T10:00:00.000Z');
    expect(text).to.contain('   server code: CERT_HAS_EXPIRED');
    expect(text).to.contain('4. Sign in: skipped');
  });

  it('never carries a secret, even one a server echoed', () => {
    for (const [t, dt] of [
      [en, diagnosticsEn],
      [ru, diagnosticsRu],
    ] as const) {
      const text = formatDiagnosticsReport(t, dt, input);
      expect(text).to.not.contain('Pa55word!');
      expect(text).to.contain('user:••••••');
    }
  });

  it('speaks Russian', () => {
    const text = formatDiagnosticsReport(ru, diagnosticsRu, input);
    expect(text).to.contain('Библиотека: mail-provider-elements').and.contain('ошибка на этапе «Защищенное соединение (TLS)»');
  });

  it('falls back to the error kind’s words for an unknown code, keeping the raw text', () => {
    const unknown = diagnose({ kind: 'auth-failed', details: { rawCode: 'X-99', serverReply: 'odd reply' } });
    const text = formatDiagnosticsReport(en, diagnosticsEn, { ...input, rows: [], diagnosis: unknown });
    expect(text)
      .to.contain(`Cause: ${en.adapterErrors['auth-failed'].title}`)
      .and.contain('server code: X-99')
      .and.contain('server reply: odd reply');
  });

  it('reports a passing check', () => {
    const passed = settleCheckStages(
      initialCheckStages({ type: 'exchange', loadEmails: true, sendEmails: true }).map((row) => ({ ...row, state: 'passed' as const })),
      { ok: true, at },
    );
    const { library, startedAt, provider, mailbox, secrets } = input;
    const text = formatDiagnosticsReport(en, diagnosticsEn, { library, startedAt, provider, mailbox, secrets, rows: passed });
    expect(text).to.contain('Outcome: all stages passed');
  });

  it('names the version package.json has', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(LIBRARY_VERSION).to.equal(pkg.version);
  });
});
