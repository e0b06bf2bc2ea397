// The benchmark page (plain JS; Vite compiles the library's TypeScript it imports).
// Each case has `ours` and `baseline`; each resolves to { ms, heapMB?, dropped?, elements? }.
// The runner (bench/bench.mjs) calls them alternately and reports medians and ratios.
import { InMemoryAdapter, createDemoData } from '../src/adapter/index.ts';
import '../src/define/mail-account-list.ts';
import '../src/define/mail-provider-wizard.ts';
import '../src/define/provider-settings-form.ts';
import { fieldSpec, mailboxRow, providerRadio, vanillaForm, virtualList } from './baselines.js';

const stage = () => document.getElementById('stage');
// Two collections a task apart: the first frees what only weak references and
// pending callbacks still held; heap numbers then show what is really retained.
async function gc() {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  globalThis.gc?.();
}
const heap = () => performance.memory.usedJSHeapSize / (1024 * 1024);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves with the first match of `selector` under `root` once it exists, laid out. Watches the DOM: no polling delay. */
function shown(root, selector) {
  return new Promise((resolve) => {
    const check = () => {
      const found = root.querySelector(selector);
      if (!found) return false;
      found.getBoundingClientRect(); // forces style and layout: their cost counts
      resolve(found);
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** An element's shadow root, once it has one. */
async function rootOf(element) {
  while (!element.shadowRoot) await frame();
  return element.shadowRoot;
}

// ---- data -------------------------------------------------------------------

function mailboxes(count, providers) {
  return Array.from({ length: count }, (_, i) => ({
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
}

function manyProviders(count) {
  const [template] = createDemoData().providers;
  return Array.from({ length: count }, (_, i) => ({ ...template, id: `p-${i}`, name: `Provider ${i}`, domains: [`p${i}.example.com`] }));
}

/**
 * An adapter whose answers wait at a gate: every call runs (the adapter's own work is
 * not timed), then its answer is held until `open()`. Times start when the gate opens.
 */
function gatedAdapter(data, { paging = true } = {}) {
  const adapter = new InMemoryAdapter({ data, latencyMs: 0 });
  let release;
  let gate = null;
  const underway = [];
  // The adapter's answers, kept until the case ends: heap growth is what the element adds.
  const answers = [];
  const proxy = new Proxy(adapter, {
    get(target, key) {
      // Without paging: a host whose adapter sends every mailbox at once.
      if (key === 'listAccountsPage' && !paging) return undefined;
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args) => {
        const answer = value.apply(target, args);
        // Only answers are held: subscribe and other synchronous methods pass through.
        if (!gate || typeof answer?.then !== 'function') return answer;
        underway.push(answer.catch(() => undefined));
        return answer.then((result) => {
          answers.push(result);
          return gate.then(() => result);
        });
      };
    },
  });
  return {
    adapter: proxy,
    arm() {
      gate = new Promise((resolve) => (release = resolve));
    },
    /** Waits until a call is held, and every held call's answer is ready. */
    async ready() {
      while (underway.length === 0) await frame();
      await Promise.all(underway);
    },
    open() {
      release();
    },
    answers,
  };
}

// ---- first render -------------------------------------------------------------

let formSpec;
async function formOurs() {
  stage().replaceChildren();
  const adapter = new InMemoryAdapter({ latencyMs: 0 });
  await gc();
  const started = performance.now();
  const form = document.createElement('provider-settings-form');
  form.locale = 'en';
  form.adapter = adapter;
  stage().append(form);
  const root = await rootOf(form);
  await shown(root, 'input#name');
  const ms = performance.now() - started;
  formSpec ??= fieldSpec(root);
  return { ms };
}

async function formBaseline() {
  if (!formSpec) await formOurs();
  stage().replaceChildren();
  await gc();
  const started = performance.now();
  stage().append(vanillaForm(formSpec));
  await shown(stage(), 'input');
  return { ms: performance.now() - started };
}

let wizardSpec;
async function wizardOurs() {
  stage().replaceChildren();
  const adapter = new InMemoryAdapter({ latencyMs: 0 });
  await gc();
  const started = performance.now();
  const wizard = document.createElement('mail-provider-wizard');
  wizard.locale = 'en';
  wizard.adapter = adapter;
  stage().append(wizard);
  const root = await rootOf(wizard);
  await shown(root, 'input#email');
  const ms = performance.now() - started;
  wizardSpec ??= fieldSpec(root);
  return { ms };
}

async function wizardBaseline() {
  if (!wizardSpec) await wizardOurs();
  stage().replaceChildren();
  await gc();
  const started = performance.now();
  stage().append(vanillaForm(wizardSpec));
  await shown(stage(), 'input');
  return { ms: performance.now() - started };
}

// ---- the list at scale ----------------------------------------------------------

const listData = new Map();
function dataFor(count) {
  if (!listData.has(count)) {
    const { providers } = createDemoData();
    listData.clear(); // keep one size in memory at a time
    listData.set(count, { providers, accounts: mailboxes(count, providers) });
  }
  return listData.get(count);
}

async function listOurs(count, paging = true) {
  stage().replaceChildren();
  await gc();
  const data = dataFor(count);
  const gated = gatedAdapter({ providers: data.providers, accounts: data.accounts }, { paging });
  gated.arm();
  const list = document.createElement('mail-account-list');
  list.locale = 'en';
  stage().append(list);
  await list.updateComplete;
  list.adapter = gated.adapter;
  await gated.ready();
  await gc();
  const before = heap();
  const started = performance.now();
  gated.open();
  const root = await rootOf(list);
  await shown(root, '.accounts-viewport [data-index]');
  const ms = performance.now() - started;
  await gc();
  const heapMB = heap() - before;
  gated.answers.length = 0;
  return { ms, heapMB, list, root };
}

async function listBaseline(count) {
  stage().replaceChildren();
  const data = dataFor(count);
  const container = document.createElement('div');
  stage().append(container);
  await frame();
  await gc();
  const before = heap();
  const started = performance.now();
  // What the element does with an answer, at the least: a provider name per id, then rows.
  const names = new Map(data.providers.map((p) => [p.id, p.name]));
  virtualList(container, data.accounts, mailboxRow(names));
  await shown(container, '.v-row');
  const ms = performance.now() - started;
  await gc();
  return { ms, heapMB: heap() - before, container };
}

// ---- scrolling ------------------------------------------------------------------

let frameMs;
async function measureFrame() {
  const times = [];
  for (let i = 0; i < 31; i++) times.push(await new Promise((resolve) => requestAnimationFrame(resolve)));
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i])
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/** Scrolls `viewport` one step per frame for 120 frames; counts frames missed. */
async function scroll120(viewport) {
  frameMs ??= await measureFrame();
  const times = [];
  await new Promise((resolve) => {
    const tick = (time) => {
      times.push(time);
      if (times.length > 120) return resolve();
      viewport.scrollTop += 397; // about six rows a frame, a fast flick
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  let dropped = 0;
  let worst = 0;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    worst = Math.max(worst, gap);
    dropped += Math.max(0, Math.round(gap / frameMs) - 1);
  }
  return { dropped, ms: worst };
}

async function scrollOurs() {
  const { root } = await listOurs(100_000);
  await frame();
  return scroll120(root.querySelector('.accounts-viewport'));
}

async function scrollBaseline() {
  const { container } = await listBaseline(100_000);
  await frame();
  return scroll120(container);
}

// ---- the wizard's provider choice -------------------------------------------------

const providerChoiceData = { providers: null };
async function choiceOurs() {
  stage().replaceChildren();
  providerChoiceData.providers ??= manyProviders(10_000);
  const gated = gatedAdapter({ providers: providerChoiceData.providers, accounts: [] });
  const wizard = document.createElement('mail-provider-wizard');
  wizard.locale = 'en';
  wizard.adapter = gated.adapter;
  stage().append(wizard);
  const root = await rootOf(wizard);
  const email = await shown(root, 'input#email');
  email.value = 'someone@unknown-domain.test';
  email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await wizard.updateComplete;
  gated.arm();
  root.querySelector('#next').click();
  await gated.ready();
  await gc();
  const started = performance.now();
  gated.open();
  await shown(root, 'input[name="provider"]');
  const ms = performance.now() - started;
  return { ms, elements: root.querySelectorAll('*').length };
}

async function choiceBaseline() {
  stage().replaceChildren();
  providerChoiceData.providers ??= manyProviders(10_000);
  const container = document.createElement('div');
  stage().append(container);
  await frame();
  await gc();
  const started = performance.now();
  virtualList(container, providerChoiceData.providers, providerRadio);
  await shown(container, 'input[name="provider"]');
  return { ms: performance.now() - started, elements: container.querySelectorAll('*').length };
}

// ---- a keystroke at 100 domains ---------------------------------------------------

const domains100 = Array.from({ length: 100 }, (_, i) => `d${i}.example.com`);
let keystrokeForm;
let keystrokeSpec;
async function keystrokeSetup() {
  stage().replaceChildren();
  const data = createDemoData();
  const provider = { ...data.providers[0], domains: domains100 };
  const adapter = new InMemoryAdapter({ data: { ...data, providers: [provider, ...data.providers.slice(1)] }, latencyMs: 0 });
  const form = document.createElement('provider-settings-form');
  form.locale = 'en';
  form.adapter = adapter;
  form.providerId = provider.id;
  stage().append(form);
  const root = await rootOf(form);
  await shown(root, 'input#name');
  await shown(root, '.chip');
  keystrokeSpec ??= fieldSpec(root);
  keystrokeForm = { form, name: root.querySelector('input#name') };
}

let typed = 0;
async function keystrokeOurs() {
  if (!keystrokeForm?.form.isConnected) await keystrokeSetup();
  const { form, name } = keystrokeForm;
  await gc();
  const started = performance.now();
  // Alternate an empty (invalid) and a filled name, so each keystroke changes the validation state.
  name.value = typed++ % 2 ? 'Contoso' : '';
  name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
  name.getBoundingClientRect();
  return { ms: performance.now() - started };
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
let vanillaKeystroke;
async function keystrokeBaseline() {
  if (!keystrokeSpec) await keystrokeSetup();
  if (!vanillaKeystroke?.form.isConnected) {
    stage().replaceChildren();
    const form = vanillaForm(keystrokeSpec);
    const list = document.createElement('ul');
    for (const domain of domains100) list.append(Object.assign(document.createElement('li'), { textContent: domain }));
    form.append(list);
    const name = form.querySelector('input');
    const error = Object.assign(document.createElement('p'), { className: 'error', id: 'v-name-error' });
    name.after(error);
    // Validates the whole draft on each keystroke, as the element's flow does.
    name.addEventListener('input', () => {
      const empty = name.value.trim() === '';
      const badDomains = domains100.filter((d) => !DOMAIN.test(d)).length;
      name.setAttribute('aria-invalid', String(empty));
      error.textContent = empty ? 'Enter a name.' : badDomains ? `${badDomains} domains are not valid.` : '';
    });
    stage().append(form);
    vanillaKeystroke = { form, name };
  }
  const { name } = vanillaKeystroke;
  await gc();
  const started = performance.now();
  name.value = typed++ % 2 ? 'Contoso' : '';
  name.dispatchEvent(new Event('input', { bubbles: true }));
  await Promise.resolve();
  name.getBoundingClientRect();
  return { ms: performance.now() - started };
}

window.benchCases = {
  'provider form: first render to layout': { ours: formOurs, baseline: formBaseline, baselineName: 'vanilla DOM form' },
  'wizard: first step to layout': { ours: wizardOurs, baseline: wizardBaseline, baselineName: 'vanilla DOM form' },
  'list, 100 mailboxes: answer to rows': { ours: () => listOurs(100), baseline: () => listBaseline(100), baselineName: 'lit virtualizer' },
  'list, 10,000 mailboxes: answer to rows': { ours: () => listOurs(10_000), baseline: () => listBaseline(10_000), baselineName: 'lit virtualizer' },
  'list, 100,000 mailboxes: answer to rows': {
    ours: () => listOurs(100_000),
    baseline: () => listBaseline(100_000),
    baselineName: 'lit virtualizer',
  },
  'list, 100,000 mailboxes, adapter without paging: answer to rows': {
    ours: () => listOurs(100_000, false),
    baseline: () => listBaseline(100_000),
    baselineName: 'lit virtualizer',
  },
  'list, 100,000 mailboxes: scroll 120 frames': { ours: scrollOurs, baseline: scrollBaseline, baselineName: 'lit virtualizer' },
  'wizard: choice of 10,000 providers': { ours: choiceOurs, baseline: choiceBaseline, baselineName: 'lit virtualizer' },
  'provider form, 100 domains: keystroke to validation state': { ours: keystrokeOurs, baseline: keystrokeBaseline, baselineName: 'vanilla DOM form' },
};
window.benchReady = true;
