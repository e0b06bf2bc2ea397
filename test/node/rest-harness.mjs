// What the RestAdapter suites share: servers closed after every test, and the
// MailSetupError a call rejects with. Runs against the built output.
import assert from 'node:assert/strict';
import { after, afterEach } from 'node:test';
import { MailSetupError } from '../../dist/model/errors.js';
import { startBackend } from './rest-backends.mjs';

const servers = [];

async function closeAll() {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}
afterEach(closeAll);
after(closeAll);

/** Closes `server` (anything with `close()`) after the current test; returns it. */
export function track(server) {
  servers.push(server);
  return server;
}

/** Starts the suite's contract server (rest-backends.mjs) for one test. */
export async function serve(options) {
  return track(await startBackend(options));
}

/** The MailSetupError a promise rejects with; fails when it resolves or rejects with anything else. */
export async function rejectionOf(promise) {
  let value;
  try {
    value = await promise;
  } catch (error) {
    assert.ok(error instanceof MailSetupError, `expected a MailSetupError, got ${String(error)}`);
    return error;
  }
  return assert.fail(`expected a rejection, got ${JSON.stringify(value)}`);
}
