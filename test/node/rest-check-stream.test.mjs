// RestAdapter's streamed connection check (docs/rest-contract.md): with `onStage`
// it asks for `application/x-ndjson`, reports each stage line as it arrives and
// settles with the `result` or `error` line. Against the reference backend
// (mail-provider-elements/server on PGlite) for the real stream, and against the
// in-memory contract server with hand-written answers for broken streams.
// Runs against the built output: run `npm run build` first.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { MailSetupError } from '../../dist/model/errors.js';
import { RestAdapter } from '../../dist/adapter/rest-adapter.js';
import { startHandlerServer, warmUp } from './handler-server.mjs';
import { PASSWORD, fabrikamCheck } from '../helpers/samples.mjs';
import { rejectionOf, track } from './rest-harness.mjs';
import { holdUntilGone, startRestServer } from './rest-server.mjs';

const TEST_TIMEOUT = { timeout: 20_000 };
const NDJSON = { 'content-type': 'application/x-ndjson; charset=utf-8' };

const at = () => new Date().toISOString();

/** A checker that passes resolve and connect, then fails to sign in quoting the password the request carried. */
async function failingChecker(target, { onStage }) {
  for (const stage of ['resolve', 'connect']) {
    onStage({ stage, state: 'running', at: at() });
    await new Promise((resolve) => setTimeout(resolve, 5));
    onStage({ stage, state: 'passed', at: at(), durationMs: 5 });
  }
  onStage({ stage: 'authenticate', state: 'running', at: at() });
  onStage({ stage: 'authenticate', state: 'failed', at: at(), detail: { rawCode: '535 5.7.3', serverReply: `535 5.7.3 bad ${target.password}` } });
  throw new MailSetupError('auth-failed', `Authentication unsuccessful for ${target.password}`, {
    stage: 'authenticate',
    rawCode: '535 5.7.3',
    serverReply: `535 5.7.3 Authentication unsuccessful (${target.password})`,
    field: 'password',
  });
}

describe('RestAdapter — streamed check against the reference backend', TEST_TIMEOUT, () => {
  before(() => warmUp());

  test('stage lines reach onStage in order, then the result with its stages', async () => {
    const checker = async (_target, { onStage }) => {
      const stages = [];
      for (const stage of ['resolve', 'connect', 'tls', 'authenticate', 'mailbox']) {
        onStage({ stage, state: 'running', at: at() });
        const passed = { stage, state: 'passed', at: at(), durationMs: 1 };
        onStage(passed);
        stages.push(passed);
      }
      return { stages };
    };
    const server = await track(await startHandlerServer({ connectionChecker: checker }));
    const rest = new RestAdapter({ baseUrl: server.url });
    const reports = [];
    const result = await rest.checkConnection(fabrikamCheck(), { onStage: (report) => reports.push(`${report.stage}:${report.state}`) });
    assert.match(server.exchanges[0].headers.accept, /application\/x-ndjson/);
    assert.equal(reports.length, 10);
    assert.deepEqual(reports.slice(0, 3), ['resolve:running', 'resolve:passed', 'connect:running']);
    assert.ok(!Number.isNaN(Date.parse(result.checkedAt)));
    assert.deepEqual(
      result.stages.map((report) => report.stage),
      ['resolve', 'connect', 'tls', 'authenticate', 'mailbox'],
    );
  });

  test('an error line rejects with its kind and stage details, with nothing the request carried', async () => {
    const server = await track(await startHandlerServer({ connectionChecker: failingChecker }));
    const rest = new RestAdapter({ baseUrl: server.url });
    const reports = [];
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: (report) => reports.push(report) }));
    assert.equal(error.kind, 'auth-failed');
    assert.equal(error.details.stage, 'authenticate');
    assert.equal(error.details.rawCode, '535 5.7.3');
    assert.equal(error.details.field, 'password');
    assert.match(error.details.serverReply, /^535 5\.7\.3 Authentication unsuccessful/);
    assert.deepEqual(
      reports.map((report) => `${report.stage}:${report.state}`),
      ['resolve:running', 'resolve:passed', 'connect:running', 'connect:passed', 'authenticate:running', 'authenticate:failed'],
    );
    // The server quoted the password back: the adapter passes none of it on.
    assert.ok(server.exchanges[0].responseBody.includes(PASSWORD), 'the backend did echo it');
    assert.ok(!JSON.stringify({ message: error.message, details: error.details, reports }).includes(PASSWORD));
  });

  test('without onStage the same check is one JSON answer, and its failure keeps the stage details', async () => {
    const server = await track(await startHandlerServer({ connectionChecker: failingChecker }));
    const rest = new RestAdapter({ baseUrl: server.url });
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck()));
    assert.equal(server.exchanges[0].headers.accept, 'application/json');
    assert.match(server.exchanges[0].responseBody, /^\{"error":/);
    assert.equal(error.kind, 'auth-failed');
    assert.equal(error.details.stage, 'authenticate');
    assert.equal(error.details.rawCode, '535 5.7.3');
    assert.ok(!JSON.stringify({ message: error.message, details: error.details }).includes(PASSWORD));
  });
});

describe('RestAdapter — broken and plain answers to a streamed check', TEST_TIMEOUT, () => {
  async function answering(write, adapterOptions = {}) {
    const server = await track(await startRestServer());
    server.respondNext(write);
    return { server, rest: new RestAdapter({ baseUrl: server.url, ...adapterOptions }) };
  }
  const stageLine = (stage, state) => `${JSON.stringify({ type: 'stage', stage, state, at: at() })}\n`;

  test('a backend that answers plain JSON still works: no stage reports, the result', async () => {
    const server = await track(await startRestServer());
    const rest = new RestAdapter({ baseUrl: server.url });
    const reports = [];
    const result = await rest.checkConnection(fabrikamCheck(), { onStage: (report) => reports.push(report) });
    assert.ok(!Number.isNaN(Date.parse(result.checkedAt)));
    assert.deepEqual(reports, []);
  });

  test('a stream cut mid-way (the connection dropped) → unreachable, after the stages that arrived', async () => {
    const { rest } = await answering((_req, res) => {
      res.writeHead(200, NDJSON);
      res.write(stageLine('resolve', 'running'));
      res.write('{"type":"stage","stage":"conn');
      setTimeout(() => res.socket.destroy(), 20);
    });
    const reports = [];
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: (report) => reports.push(report.stage) }));
    assert.equal(error.kind, 'unreachable');
    assert.deepEqual(reports, ['resolve']);
  });

  test('a stream that ends without a result line → malformed', async () => {
    const { rest } = await answering((_req, res) => {
      res.writeHead(200, NDJSON).end(stageLine('resolve', 'running'));
    });
    assert.equal((await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: () => undefined }))).kind, 'malformed');
  });

  test('an over-long line → malformed, and the rest is not read', async () => {
    const { server, rest } = await answering((_req, res) => {
      res.writeHead(200, NDJSON);
      res.write(stageLine('resolve', 'running'));
      const chunk = `{"type":"stage","junk":"${'x'.repeat(16 * 1024)}`;
      let sent = 0;
      const pump = () => {
        if (res.destroyed || sent > 256) return res.end();
        sent += 1;
        res.write(chunk.slice(sent === 1 ? 0 : 24), pump);
      };
      pump();
    });
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: () => undefined }));
    assert.equal(error.kind, 'malformed');
    assert.match(error.message, /longer than/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(server.exchanges[0].clientGone, 'the adapter stopped reading');
  });

  test('maxResponseBytes caps the whole stream', async () => {
    const { rest } = await answering(
      (_req, res) => {
        res.writeHead(200, NDJSON);
        for (let i = 0; i < 40; i++) res.write(stageLine('resolve', 'running'));
        res.end();
      },
      { maxResponseBytes: 1024 },
    );
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: () => undefined }));
    assert.equal(error.kind, 'malformed');
    assert.match(error.message, /larger than 1024 bytes/);
  });

  test('a line that is not JSON, or a stage line of the wrong shape → malformed; an unknown line type is skipped', async () => {
    for (const bad of ['not json\n', `${JSON.stringify({ type: 'stage', stage: 'teleport', state: 'running', at: at() })}\n`]) {
      const { rest } = await answering((_req, res) => res.writeHead(200, NDJSON).end(bad));
      assert.equal((await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: () => undefined }))).kind, 'malformed');
    }
    const { rest } = await answering((_req, res) => {
      res.writeHead(200, NDJSON).end(`{"type":"progress","percent":50}\n${JSON.stringify({ type: 'result', checkedAt: at() })}\n`);
    });
    const result = await rest.checkConnection(fabrikamCheck(), { onStage: () => undefined });
    assert.ok(result.checkedAt);
  });

  test('an error line with a kind the adapter does not know → unknown; `aborted` from a server is not believed', async () => {
    for (const kind of ['network', 'aborted']) {
      const { rest } = await answering((_req, res) => {
        res.writeHead(200, NDJSON).end(`${JSON.stringify({ type: 'error', kind, message: 'nope', details: { stage: 'connect' } })}\n`);
      });
      const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { onStage: () => undefined }));
      assert.equal(error.kind, 'unknown');
      assert.equal(error.details.stage, 'connect');
    }
  });

  test('the caller aborts mid-stream → aborted; the time limit → timeout', async () => {
    const controller = new AbortController();
    const { server, rest } = await answering((_req, res) => {
      res.writeHead(200, NDJSON);
      res.write(stageLine('resolve', 'running'));
      return holdUntilGone(res, 5000);
    });
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { signal: controller.signal, onStage: () => controller.abort() }));
    assert.equal(error.kind, 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(server.exchanges[0].clientGone);

    const timed = await answering(
      (_req, res) => {
        res.writeHead(200, NDJSON);
        res.write(stageLine('resolve', 'running'));
        return holdUntilGone(res, 5000);
      },
      { timeoutMs: 200 },
    );
    assert.equal((await rejectionOf(timed.rest.checkConnection(fabrikamCheck(), { onStage: () => undefined }))).kind, 'timeout');
  });
});
