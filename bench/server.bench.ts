// Load test of the reference backend on loopback. Not a test: it prints p50/p99
// per kind of request and exits non-zero when a write was lost or duplicated, or
// when two instances overwrote each other silently.
//
//   npm run bench:server [-- --requests 10000 --clients 200]
//   DATABASE_URL=postgres://… npm run bench:server    # also PostgreSQL and two instances
//
// Each run: one server on PGlite (in memory), and with DATABASE_URL one on
// PostgreSQL plus a second instance on the same database. 20 users; a mix of
// reads, creates (a tenth retried with the same Idempotency-Key), and updates
// that carry the version they started from (several clients edit the same
// mailboxes, so some lose with `conflict`). Afterwards every user's mailboxes are
// compared with what the clients were told.

import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDemoData } from '../src/adapter/in-memory-data.js';
import { KeyRing, createMailSetupHandler, listen, migrate, openPglite, openPostgres, SqlStore, type SqlDatabase } from '../src/server/index.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '10000' }, clients: { type: 'string', default: '200' } } });
const REQUESTS = Number(values.requests);
const CLIENTS = Number(values.clients);
const USERS = Array.from({ length: 20 }, (_, index) => `user-${index}`);
const keys = new KeyRing([{ id: 'bench', key: randomBytes(32) }]);

interface Instance {
  url: string;
  close: () => Promise<void>;
}

async function serve(db: SqlDatabase): Promise<Instance> {
  const store = new SqlStore(db, keys);
  const handler = createMailSetupHandler({
    store,
    authenticate: (request) => ({ userId: request.headers.get('x-user') ?? '', canManageAdministration: true }),
    syncServiceStatus: () => 'ok',
  });
  const served = await listen(handler);
  return { url: `${served.url}/api/mail`, close: served.close };
}

async function reset(db: SqlDatabase): Promise<void> {
  await migrate(db);
  await db.query('truncate mail_setup_idempotency, mail_setup_grants, mail_setup_accounts, mail_setup_providers, mail_setup_settings cascade');
  await new SqlStore(db, keys).seed(createDemoData(), 'demo');
}

const mailbox = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  providerId: 'imap-northwind',
  login: email.split('@')[0],
  displayName: 'Bench',
  loadEmails: true,
  sendEmails: true,
  isDefault: false,
  isShared: false,
  loadFrom: null,
  auth: { method: 'basic', password: { action: 'replace', value: 'bench-password' } },
  ...extra,
});

async function call(base: string, user: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-user': user, 'x-csrf-token': 'bench', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as Record<string, unknown>) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs the mixed load against `bases` (requests spread over them); returns the problems found. */
async function load(name: string, bases: string[]): Promise<string[]> {
  const latencies = new Map<string, number[]>();
  const created = new Map<string, { user: string; id: string }>(); // idempotency key → what the client was told
  const owned = new Map<string, { user: string; email: string; version: number }>(); // account id → latest known version
  const updates = new Map<string, number>(); // account id → successful updates
  let conflicts = 0;
  let failures = 0;
  let next = 0;
  const record = (kind: string, started: number) => {
    const list = latencies.get(kind) ?? [];
    list.push(performance.now() - started);
    latencies.set(kind, list);
  };

  async function one(index: number): Promise<void> {
    const base = bases[index % bases.length]!;
    const user = USERS[Math.floor(index / 20) % USERS.length]!;
    const roll = index % 20;
    const started = performance.now();
    if (roll < 7) {
      const answer = await call(base, user, 'GET', '/accounts');
      if (answer.status !== 200) failures += 1;
      return record('GET /accounts', started);
    }
    if (roll < 10) {
      const answer = await call(base, user, 'GET', roll === 9 ? '/providers/by-domain/northwindtraders.com' : '/providers');
      if (answer.status !== 200) failures += 1;
      return record('GET /providers…', started);
    }
    if (roll < 14) {
      const key = randomUUID();
      const body = mailbox(`m-${key}@northwindtraders.com`);
      const first = await call(base, user, 'POST', '/accounts', body, { 'idempotency-key': key });
      record('POST /accounts', started);
      if (first.status !== 201) return void (failures += 1);
      const id = String(first.body!.id);
      created.set(key, { user, id });
      owned.set(id, { user, email: body.email, version: 1 });
      if (roll === 13) {
        // The same submit retried (an answer lost on the way): must return the same record.
        const again = await call(bases[(index + 1) % bases.length]!, user, 'POST', '/accounts', body, { 'idempotency-key': key });
        if (again.status !== 200 || again.body!.id !== id) failures += 1;
      }
      return;
    }
    // Update a mailbox of this user, from the version last seen: several clients pick the same one.
    const mine = [...owned.entries()].filter(([, entry]) => entry.user === user);
    if (mine.length === 0) return;
    const [id, entry] = mine[index % Math.min(mine.length, 3)]!;
    const answer = await call(
      base,
      user,
      'PUT',
      `/accounts/${id}`,
      mailbox(entry.email, { id, version: entry.version, displayName: `Edit ${index}`, auth: { method: 'basic', password: { action: 'keep' } } }),
    );
    record('PUT /accounts/{id}', started);
    if (answer.status === 409) {
      conflicts += 1;
      const current = (answer.body as { error: { details: { currentVersion?: number } } }).error.details.currentVersion;
      if (current) owned.set(id, { ...entry, version: Math.max(owned.get(id)!.version, current) });
      return;
    }
    if (answer.status !== 200) return void (failures += 1);
    updates.set(id, (updates.get(id) ?? 0) + 1);
    owned.set(id, { ...entry, version: Math.max(owned.get(id)!.version, Number(answer.body!.version)) });
  }

  const startedAll = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) await one(next++);
    }),
  );
  const seconds = (performance.now() - startedAll) / 1000;

  const problems: string[] = [];
  if (failures > 0) problems.push(`${failures} requests failed unexpectedly`);
  for (const user of USERS) {
    const { body } = await call(bases[0]!, user, 'GET', '/accounts');
    const listed = body as unknown as { id: string; email: string; version: number }[];
    const told = [...created.values()].filter((entry) => entry.user === user).map((entry) => entry.id);
    const ids = listed.map((account) => account.id);
    if (new Set(ids).size !== ids.length || new Set(listed.map((account) => account.email)).size !== listed.length)
      problems.push(`${user}: duplicated mailbox`);
    if (ids.length !== told.length || told.some((id) => !ids.includes(id))) problems.push(`${user}: ${told.length} created, ${ids.length} stored`);
    for (const account of listed) {
      const expected = 1 + (updates.get(account.id) ?? 0);
      if (account.version !== expected)
        problems.push(`${account.id}: version ${account.version}, ${expected - 1} updates succeeded (a lost or phantom write)`);
    }
  }
  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  console.log(
    `\n${name}: ${REQUESTS} requests from ${CLIENTS} clients in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s), ${conflicts} update conflicts`,
  );
  console.log('  kind                   count   p50 ms   p99 ms');
  for (const [kind, list] of [['all', all] as const, ...latencies.entries()]) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `  ${kind.padEnd(20)} ${String(sorted.length).padStart(7)} ${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 99).toFixed(1).padStart(8)}`,
    );
  }
  console.log(problems.length === 0 ? '  no lost and no duplicated write' : `  PROBLEMS:\n  - ${problems.join('\n  - ')}`);
  return problems;
}

/** Two instances, one database, the same record, the same starting version: exactly one wins each round. */
async function twoInstances(a: string, b: string): Promise<string[]> {
  const created = await call(a, 'shared', 'POST', '/accounts', mailbox('shared@northwindtraders.com'));
  const id = String(created.body!.id);
  let version = 1;
  const problems: string[] = [];
  let losers = 0;
  for (let round = 0; round < 50; round += 1) {
    const edit = (base: string, name: string) =>
      call(
        base,
        'shared',
        'PUT',
        `/accounts/${id}`,
        mailbox('shared@northwindtraders.com', { id, version, displayName: name, auth: { method: 'basic', password: { action: 'keep' } } }),
      );
    const [first, second] = await Promise.all([edit(a, `A${round}`), edit(b, `B${round}`)]);
    const winners = [first, second].filter((answer) => answer.status === 200);
    losers += [first, second].filter((answer) => answer.status === 409).length;
    if (winners.length !== 1) problems.push(`round ${round}: ${winners.length} writes succeeded from version ${version}`);
    version += winners.length;
  }
  const { body } = await call(b, 'shared', 'GET', '/accounts');
  const stored = (body as unknown as { id: string; version: number }[]).find((account) => account.id === id);
  if (stored?.version !== version) problems.push(`stored version ${stored?.version}, expected ${version}`);
  console.log(
    `\ntwo instances, one PostgreSQL: 50 rounds of concurrent edits from one version → ${50 - problems.length} rounds with exactly one winner, ${losers} answered conflict`,
  );
  return problems;
}

const problems: string[] = [];
const pglite = await openPglite();
await reset(pglite);
const embedded = await serve(pglite);
problems.push(...(await load('PGlite (one instance)', [embedded.url])));
await embedded.close();
await pglite.close();

const url = process.env.DATABASE_URL;
if (url) {
  const first = await openPostgres(url, { max: 20 });
  const second = await openPostgres(url, { max: 20 });
  await reset(first);
  const [a, b] = [await serve(first), await serve(second)];
  problems.push(...(await load('PostgreSQL (two instances, requests alternate)', [a.url, b.url])));
  problems.push(...(await twoInstances(a.url, b.url)));
  await Promise.all([a.close(), b.close()]);
  await Promise.all([first.close(), second.close()]);
} else {
  console.log('\nPostgreSQL: skipped (set DATABASE_URL to run it and the two-instance conflict check)');
}
process.exitCode = problems.length === 0 ? 0 : 1;
