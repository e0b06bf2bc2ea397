// The page the benchmark drives (plain JS: bench/ is not part of the TypeScript
// project; Vite compiles the library's TypeScript it imports). It builds an adapter
// with N mailboxes and times <mail-account-list> from receiving it to laid-out rows.
import { InMemoryAdapter, createDemoData } from '../src/adapter/index.ts';
import '../src/define/mail-account-list.ts';

/** The demo providers, and `count` mailboxes spread over them. */
function data(count) {
  const { providers } = createDemoData();
  const accounts = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    email: `user${i}@example${i % 50}.com`,
    providerId: providers[i % providers.length].id,
    login: `user${i}`,
    displayName: `User ${i}`,
    loadEmails: true,
    sendEmails: i % 4 !== 0,
    isDefault: i === 0,
    isShared: i % 7 === 0,
    loadFrom: null,
    status: i % 11 === 0 ? 'needs-sign-in' : 'connected',
    ...(i % 11 === 0 ? { statusReason: 'auth-failed' } : {}),
    auth: { method: 'basic', hasPassword: true },
  }));
  return { providers, accounts };
}

/** Resolves once the list shows rows, laid out. Watches the DOM, so no timer or frame adds its delay. */
function rowsShown(list) {
  const root = list.shadowRoot;
  return new Promise((resolve) => {
    const done = () => {
      const rows = root.querySelectorAll('.accounts-viewport [data-index]');
      if (rows.length === 0) return false;
      // Reading a size forces style and layout: the cost of what was rendered counts too.
      rows[0].getBoundingClientRect();
      resolve(rows.length);
      return true;
    };
    if (done()) return;
    const observer = new MutationObserver(() => {
      if (done()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Collects the garbage of the untimed steps now, not during a timed one (Chromium with --js-flags=--expose-gc). */
function collectGarbage() {
  globalThis.gc?.();
}

/**
 * One run with `count` mailboxes on a fresh element and adapter. `load`: ms from
 * setting the adapter to rows on screen (adapter copy, schema checks, render,
 * layout). `render`: ms from a filter change that shows every mailbox again to rows
 * on screen (render and layout only).
 */
async function runCase(count) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const adapter = new InMemoryAdapter({ data: data(count), latencyMs: 0 });
  const list = document.createElement('mail-account-list');
  list.locale = 'en';
  stage.append(list);
  await list.updateComplete;

  collectGarbage();
  const started = performance.now();
  list.adapter = adapter;
  const renderedRows = await rowsShown(list);
  const load = performance.now() - started;

  // Narrow to nothing, then time the way back to every mailbox.
  const filter = list.shadowRoot.querySelector('#filter');
  filter.value = 'no-such-mailbox';
  filter.dispatchEvent(new Event('input'));
  await list.updateComplete;
  collectGarbage();
  const renderStarted = performance.now();
  filter.value = '';
  filter.dispatchEvent(new Event('input'));
  await rowsShown(list);
  const render = performance.now() - renderStarted;

  stage.replaceChildren();
  return { mailboxes: count, load, render, renderedRows };
}

window.runCase = runCase;
window.benchReady = true;
