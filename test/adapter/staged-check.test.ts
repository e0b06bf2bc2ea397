import { expect } from '@open-wc/testing';
import { CHECK_FAILURE_SIMULATIONS, InMemoryAdapter } from '../../src/adapter/index.js';
import { DIAGNOSIS_CODES, diagnose, type CheckStageReport, type ConnectionCheckRequest } from '../../src/model/index.js';
import { PASSWORD, rejectionOf } from './helpers.js';

const imapCheck: ConnectionCheckRequest = {
  providerId: 'imap-northwind',
  email: 'lee@northwind.example',
  login: 'lee',
  auth: { method: 'basic', password: { action: 'replace', value: PASSWORD } },
};
const exchangeCheck: ConnectionCheckRequest = {
  providerId: 'exchange-fabrikam',
  email: 'lee.gu@fabrikam.com',
  login: 'lee.gu',
  auth: { method: 'basic', password: { action: 'replace', value: PASSWORD } },
};

function recorder(): { reports: CheckStageReport[]; onStage: (report: CheckStageReport) => void } {
  const reports: CheckStageReport[] = [];
  return { reports, onStage: (report) => reports.push(report) };
}
const trail = (reports: readonly CheckStageReport[]) => reports.map((report) => `${report.stage}:${report.state}`);

describe('InMemoryAdapter — staged connection check', () => {
  it('reports every stage running then passed, in order, and returns the final reports', async () => {
    const { reports, onStage } = recorder();
    const result = await new InMemoryAdapter().checkConnection(imapCheck, { onStage });
    const stages = ['resolve', 'connect', 'tls', 'authenticate', 'mailbox', 'send'];
    expect(trail(reports)).to.deep.equal(stages.flatMap((stage) => [`${stage}:running`, `${stage}:passed`]));
    expect(trail(result.stages ?? [])).to.deep.equal(stages.map((stage) => `${stage}:passed`));
    const tls = result.stages?.find((report) => report.stage === 'tls');
    expect(tls?.detail?.certificate?.subject).to.match(/^CN=/);
    for (const report of reports) expect(Number.isNaN(Date.parse(report.at))).to.equal(false);
  });

  it('runs no send stage for Exchange', async () => {
    const { reports, onStage } = recorder();
    await new InMemoryAdapter().checkConnection(exchangeCheck, { onStage });
    expect(reports.map((report) => report.stage)).to.not.include('send');
  });

  it('still answers without onStage (an old caller)', async () => {
    expect(await new InMemoryAdapter().checkConnection(imapCheck)).to.have.property('checkedAt');
  });

  it('takes the configured time per stage and reports it', async () => {
    const adapter = new InMemoryAdapter({ checkStageMs: { authenticate: 60 } });
    const { reports, onStage } = recorder();
    await adapter.checkConnection(imapCheck, { onStage });
    const signIn = reports.find((report) => report.stage === 'authenticate' && report.state === 'passed');
    expect(signIn?.durationMs).to.be.at.least(50);
  });

  for (const code of DIAGNOSIS_CODES) {
    it(`replays ${code} at its stage with the server's words, which the translator recognises`, async () => {
      const adapter = new InMemoryAdapter();
      adapter.failNextCheck(code);
      const { reports, onStage } = recorder();
      const error = await rejectionOf(adapter.checkConnection(imapCheck, { onStage }));
      const simulation = CHECK_FAILURE_SIMULATIONS[code];
      expect(error.kind).to.equal(simulation.kind);
      expect(error.details).to.deep.include({ stage: simulation.stage, rawCode: simulation.rawCode, serverReply: simulation.serverReply });
      expect(reports.at(-1)).to.deep.include({ stage: simulation.stage, state: 'failed' });
      expect(diagnose(error).code).to.equal(code);
      // Only once: the next check passes.
      expect(await adapter.checkConnection(imapCheck)).to.have.property('checkedAt');
    });
  }

  it('shows a send failure for Exchange at a send stage of its own', async () => {
    const adapter = new InMemoryAdapter();
    adapter.failNextCheck('smtp-storedrv-submission');
    const { reports, onStage } = recorder();
    expect((await rejectionOf(adapter.checkConnection(exchangeCheck, { onStage }))).details.stage).to.equal('send');
    expect(trail(reports).at(-1)).to.equal('send:failed');
  });

  it('fails the demo rules at their stage: the wrong password at sign-in, the sync service at connect', async () => {
    const wrong = { ...imapCheck, auth: { method: 'basic', password: { action: 'replace', value: 'wrong' } } } as const;
    expect((await rejectionOf(new InMemoryAdapter().checkConnection(wrong))).details.stage).to.equal('authenticate');
    const down = new InMemoryAdapter({ syncService: 'unreachable' });
    const error = await rejectionOf(down.checkConnection(exchangeCheck));
    expect(error.kind).to.equal('sync-service');
    expect(error.details.stage).to.equal('connect');
  });

  it('never puts the password in a report or an error', async () => {
    const adapter = new InMemoryAdapter();
    const { reports, onStage } = recorder();
    await adapter.checkConnection(imapCheck, { onStage });
    adapter.failNextCheck('entra-wrong-credentials');
    const error = await rejectionOf(adapter.checkConnection(imapCheck, { onStage }));
    expect(JSON.stringify(reports)).to.not.include(PASSWORD);
    expect(JSON.stringify({ message: error.message, details: error.details })).to.not.include(PASSWORD);
  });

  it('hangs at a stage until cancelled, after reporting the stages before it', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('checkConnection', { type: 'hang', stage: 'authenticate' }, { times: 1 });
    const controller = new AbortController();
    const { reports, onStage } = recorder();
    const pending = adapter.checkConnection(imapCheck, { onStage, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(trail(reports).at(-1)).to.equal('authenticate:running');
    controller.abort();
    expect((await rejectionOf(pending)).kind).to.equal('aborted');
  });

  it('is not broken by a listener that throws', async () => {
    const adapter = new InMemoryAdapter();
    const seen: unknown[] = [];
    const original = window.reportError;
    window.reportError = (error: unknown) => seen.push(error);
    try {
      const result = await adapter.checkConnection(imapCheck, {
        onStage: () => {
          throw new Error('listener bug');
        },
      });
      expect(result).to.have.property('checkedAt');
      expect(seen.length).to.be.greaterThan(0);
    } finally {
      window.reportError = original;
    }
  });

  it('refuses an unknown simulation name', () => {
    expect(() => new InMemoryAdapter().failNextCheck('nope' as never)).to.throw(TypeError);
  });
});
