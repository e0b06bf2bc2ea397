import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  CheckStageReportSchema,
  firstFailingStage,
  foldStageReport,
  initialCheckStages,
  settleCheckStages,
  type CheckStageRow,
  type StageProvider,
} from '../../src/model/index.js';

const exchange: StageProvider = { type: 'exchange', loadEmails: true, sendEmails: true };
const imap = (overrides: Partial<Extract<StageProvider, { type: 'imap-smtp' }>> = {}): StageProvider => ({
  type: 'imap-smtp',
  loadEmails: true,
  sendEmails: true,
  incoming: { security: 'ssl' },
  outgoing: { security: 'starttls' },
  ...overrides,
});
const names = (rows: readonly CheckStageRow[]) => rows.map((row) => `${row.stage}:${row.state}`);

describe('initialCheckStages', () => {
  it('runs Exchange through resolve, connect, TLS, sign-in and the mailbox, with no separate send test', () => {
    expect(names(initialCheckStages(exchange))).to.deep.equal([
      'resolve:waiting',
      'connect:waiting',
      'tls:waiting',
      'authenticate:waiting',
      'mailbox:waiting',
    ]);
  });

  it('adds the send test for IMAP/SMTP only when sending is on', () => {
    expect(names(initialCheckStages(imap())).at(-1)).to.equal('send:waiting');
    expect(names(initialCheckStages(imap({ sendEmails: false })))).to.not.include('send:waiting');
    expect(names(initialCheckStages(imap(), { sendEmails: false }))).to.not.include('send:waiting');
  });

  it('opens the mailbox only when loading is on', () => {
    expect(names(initialCheckStages(imap({ loadEmails: false })))).to.deep.equal([
      'resolve:waiting',
      'connect:waiting',
      'tls:waiting',
      'authenticate:waiting',
      'send:waiting',
    ]);
    expect(names(initialCheckStages(imap(), { loadEmails: false }))).to.not.include('mailbox:waiting');
  });

  it('skips TLS from the start when every server in use has no encryption', () => {
    const plain = imap({ incoming: { security: 'none' }, outgoing: { security: 'none' } });
    expect(names(initialCheckStages(plain))).to.include('tls:skipped');
    const halfPlain = imap({ incoming: { security: 'none' } });
    expect(names(initialCheckStages(halfPlain))).to.include('tls:waiting');
    // The outgoing server is encrypted but unused: nothing goes over TLS.
    expect(names(initialCheckStages(halfPlain, { sendEmails: false }))).to.include('tls:skipped');
  });
});

describe('foldStageReport', () => {
  const at = '2026-12-01T10:00:00.000Z';
  it('replaces the stage row with the latest report', () => {
    const rows = foldStageReport(initialCheckStages(exchange), { stage: 'resolve', state: 'passed', at, durationMs: 12 });
    expect(rows[0]).to.deep.equal({ stage: 'resolve', state: 'passed', at, durationMs: 12 });
    expect(rows).to.have.length(5);
  });

  it('inserts an unexpected stage in stage order', () => {
    const rows = foldStageReport(initialCheckStages(exchange), { stage: 'send', state: 'running', at });
    expect(rows.map((row) => row.stage)).to.deep.equal(['resolve', 'connect', 'tls', 'authenticate', 'mailbox', 'send']);
    const middle = foldStageReport(
      [
        { stage: 'resolve', state: 'waiting' },
        { stage: 'mailbox', state: 'waiting' },
      ],
      { stage: 'tls', state: 'running', at },
    );
    expect(middle.map((row) => row.stage)).to.deep.equal(['resolve', 'tls', 'mailbox']);
  });

  it('never takes a finished stage back to running or waiting', () => {
    const passed = foldStageReport(initialCheckStages(exchange), { stage: 'connect', state: 'passed', at });
    const late = foldStageReport(passed, { stage: 'connect', state: 'running', at });
    expect(late[1]!.state).to.equal('passed');
  });

  it('keeps the server words and certificate a report carries', () => {
    const detail = { certificate: { subject: 'CN=outlook.com', issuer: 'CN=DigiCert', validTo: '2027-06-01' } };
    const rows = foldStageReport(initialCheckStages(exchange), { stage: 'tls', state: 'passed', at, detail });
    expect(rows[2]!.detail).to.deep.equal(detail);
  });
});

describe('settleCheckStages and firstFailingStage', () => {
  const at = '2026-12-01T10:00:01.000Z';
  it('marks the error’s stage failed with the server words and skips what never finished', () => {
    let rows = initialCheckStages(imap());
    rows = foldStageReport(rows, { stage: 'resolve', state: 'passed', at });
    rows = foldStageReport(rows, { stage: 'connect', state: 'running', at });
    const settled = settleCheckStages(rows, { ok: false, at, stage: 'connect', detail: { rawCode: 'ECONNREFUSED' } });
    expect(names(settled)).to.deep.equal([
      'resolve:passed',
      'connect:failed',
      'tls:skipped',
      'authenticate:skipped',
      'mailbox:skipped',
      'send:skipped',
    ]);
    expect(firstFailingStage(settled)).to.deep.include({ stage: 'connect', detail: { rawCode: 'ECONNREFUSED' } });
  });

  it('blames the running stage when the error names none', () => {
    const rows = foldStageReport(initialCheckStages(exchange), { stage: 'resolve', state: 'running', at });
    expect(firstFailingStage(settleCheckStages(rows, { ok: false, at }))?.stage).to.equal('resolve');
  });

  it('has no failing stage after success, and skips stages the adapter never reported', () => {
    const settled = settleCheckStages(foldStageReport(initialCheckStages(exchange), { stage: 'resolve', state: 'passed', at }), { ok: true, at });
    expect(firstFailingStage(settled)).to.equal(undefined);
    expect(names(settled)).to.deep.equal(['resolve:passed', 'connect:skipped', 'tls:skipped', 'authenticate:skipped', 'mailbox:skipped']);
  });

  it('keeps an already failed stage as the adapter reported it', () => {
    const failed = foldStageReport(initialCheckStages(exchange), { stage: 'tls', state: 'failed', at, detail: { rawCode: 'CERT_HAS_EXPIRED' } });
    const settled = settleCheckStages(failed, { ok: false, at, stage: 'tls' });
    expect(firstFailingStage(settled)?.detail).to.deep.equal({ rawCode: 'CERT_HAS_EXPIRED' });
  });
});

describe('CheckStageReportSchema', () => {
  it('accepts the contract’s report and refuses unknown stages, states and negative durations', () => {
    expect(CheckStageReportSchema.safeParse({ stage: 'send', state: 'skipped', at: 'x' }).success).to.equal(true);
    expect(CheckStageReportSchema.safeParse({ stage: 'dns', state: 'passed', at: 'x' }).success).to.equal(false);
    expect(CheckStageReportSchema.safeParse({ stage: 'send', state: 'done', at: 'x' }).success).to.equal(false);
    expect(CheckStageReportSchema.safeParse({ stage: 'send', state: 'passed', at: 'x', durationMs: -1 }).success).to.equal(false);
  });
});
