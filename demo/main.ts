// The demo host: a CRM page that embeds the mail setup flow through the
// in-memory adapter (or, with `npm run start:server`, the reference backend).
// Read top to bottom: host settings, the adapter, the entry points, the live
// state, the demo controls, the language.

import {
  DEMO_CHECK_OUTCOMES,
  DEMO_SIGN_IN_OUTCOMES,
  type DemoCheckOutcome,
  type DemoSignInOutcome,
  type MailSetupAdapter,
} from '../src/adapter/index.js';
import { DIAGNOSIS_CODES, isOneOf, type DiagnosisCode } from '../src/model/index.js';
import { createDemoBackend } from './backend.js';
import { addServerReplies } from './check-control.js';
import { byId } from './dom.js';
import { entryPoints, type EntryPointName } from './entry-points.js';
import { openHostDialog } from './host-dialog.js';
import { setUpMenuButton } from './menu-button.js';
import { isLocale, mailboxCount, t, type Locale } from './strings.js';
import { setUpTabs } from './tabs.js';

// ─── Host settings: what the host's backend and the user's profile would hold ───

interface HostSettings {
  locale: Locale;
  administrator: boolean;
  exchangeListener: boolean;
  exchangeListenerReachable: boolean;
  connectionCheck: DemoCheckOutcome | DiagnosisCode;
  oauthSignIn: DemoSignInOutcome;
}

const CHECK_CHOICES: readonly (DemoCheckOutcome | DiagnosisCode)[] = [...DEMO_CHECK_OUTCOMES, ...DIAGNOSIS_CODES];

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return isOneOf(options, value) ? value : fallback;
}

const SETTINGS_KEY = 'mail-provider-elements-demo:host';

function loadSettings(): HostSettings {
  const defaults: HostSettings = {
    locale: 'en',
    administrator: true,
    exchangeListener: true,
    exchangeListenerReachable: true,
    connectionCheck: 'succeeds',
    oauthSignIn: 'succeeds',
  };
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<HostSettings>;
    return {
      locale: isLocale(saved.locale) ? saved.locale : defaults.locale,
      administrator: typeof saved.administrator === 'boolean' ? saved.administrator : defaults.administrator,
      exchangeListener: typeof saved.exchangeListener === 'boolean' ? saved.exchangeListener : defaults.exchangeListener,
      exchangeListenerReachable:
        typeof saved.exchangeListenerReachable === 'boolean' ? saved.exchangeListenerReachable : defaults.exchangeListenerReachable,
      connectionCheck: oneOf(CHECK_CHOICES, saved.connectionCheck, defaults.connectionCheck),
      oauthSignIn: oneOf(DEMO_SIGN_IN_OUTCOMES, saved.oauthSignIn, defaults.oauthSignIn),
    };
  } catch {
    return defaults;
  }
}

const settings = loadSettings();

function saveSettings(): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

// ─── The adapter: in memory (kept in localStorage, a little slow so loading shows) or REST, see backend.ts ───

const backend = createDemoBackend();
const adapter = backend.adapter;

/** Hands the host's settings to the adapter (at start, on a change, after a reset). */
function applySettingsToAdapter(): Promise<void> {
  return backend.apply(settings);
}
const applied = applySettingsToAdapter();

declare global {
  interface Window {
    /** The demo's adapter, for poking at from the console. */
    demoAdapter: MailSetupAdapter;
  }
}
window.demoAdapter = adapter;

// ─── Entry points: each opens a dialog with the element entry-points.ts renders for it ───

function openEntryPoint(name: EntryPointName, opener: HTMLElement): void {
  const entryPoint = entryPoints[name];
  const messages = t(settings.locale);
  void openHostDialog({
    title: entryPoint.title(messages),
    showTitle: entryPoint.showTitle,
    closeLabel: messages.close,
    opener,
    render: (close) => entryPoint.render({ adapter, messages, close }),
  });
}

// R3: the Email tab's menu.
const emailActions = byId<HTMLButtonElement>('email-actions');
setUpMenuButton(emailActions, byId('email-actions-menu'), (item) => {
  openEntryPoint(item.dataset.entryPoint as EntryPointName, emailActions);
});
setUpTabs(byId('comm-tabs'));

// R4: the profile's Mail accounts field.
const mailAccountsButton = byId<HTMLButtonElement>('mail-accounts-button');
mailAccountsButton.addEventListener('click', () => openEntryPoint('mailAccounts', mailAccountsButton));

// ─── Live state, read back from the adapter ───

interface Snapshot {
  administrator: boolean;
  syncState: 'ok' | 'not-configured' | 'unreachable';
  mailboxes: number;
}

let snapshot: Snapshot | undefined;
let refreshing: AbortController | undefined;

async function refresh(): Promise<void> {
  refreshing?.abort();
  const { signal } = (refreshing = new AbortController());
  try {
    const [permissions, sync, accounts] = await Promise.all([
      adapter.getPermissions({ signal }),
      adapter.getSyncServiceStatus({ signal }),
      adapter.listAccounts({ signal }),
    ]);
    snapshot = { administrator: permissions.canManageAdministration, syncState: sync.state, mailboxes: accounts.length };
    renderState();
  } catch (error) {
    if (!signal.aborted) console.error('demo: reading the adapter failed', error);
  }
}

function renderState(): void {
  if (!snapshot) return;
  const m = t(settings.locale);
  const syncText = { ok: m.syncOk, 'not-configured': m.syncNotConfigured, unreachable: m.syncUnreachable };
  byId('state-administration').textContent = snapshot.administrator ? m.yes : m.no;
  byId('state-exchange-listener').textContent = syncText[snapshot.syncState];
  byId('state-mailboxes').textContent = String(snapshot.mailboxes);
  byId('mail-accounts-count').textContent = mailboxCount(settings.locale, snapshot.mailboxes);
}

backend.subscribe(() => void refresh());

// ─── Demo controls ───

const administrator = byId<HTMLInputElement>('control-administrator');
administrator.checked = settings.administrator;
administrator.addEventListener('change', () => {
  settings.administrator = administrator.checked;
  saveSettings();
  void applySettingsToAdapter().then(refresh);
});

// The reference server replays no server replies: those choices are for the in-memory backend.
const serverReplies = backend.replaysServerReplies ? addServerReplies(byId<HTMLSelectElement>('control-connection-check')) : null;

/** A demo control bound to one host setting: shown from it, and every change saved and handed to the adapter. */
function bindControl<K extends keyof HostSettings>(
  id: string,
  key: K,
  read: (control: HTMLInputElement | HTMLSelectElement) => HostSettings[K],
): void {
  const control = byId<HTMLInputElement | HTMLSelectElement>(id);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = settings[key] as boolean;
  else control.value = String(settings[key]);
  control.addEventListener('change', () => {
    settings[key] = read(control);
    saveSettings();
    syncControls();
    void applySettingsToAdapter().then(refresh);
  });
}

const exchangeListenerReachable = byId<HTMLInputElement>('control-exchange-listener-reachable');
/** Reachable means something only for a configured service. */
function syncControls(): void {
  exchangeListenerReachable.disabled = !settings.exchangeListener;
}

bindControl('control-exchange-listener', 'exchangeListener', (control) => (control as HTMLInputElement).checked);
bindControl('control-exchange-listener-reachable', 'exchangeListenerReachable', (control) => (control as HTMLInputElement).checked);
bindControl('control-connection-check', 'connectionCheck', (control) => oneOf(CHECK_CHOICES, control.value, 'succeeds'));
bindControl('control-oauth-sign-in', 'oauthSignIn', (control) => oneOf(DEMO_SIGN_IN_OUTCOMES, control.value, 'succeeds'));
syncControls();

const language = byId<HTMLSelectElement>('control-language');
language.value = settings.locale;
language.addEventListener('change', () => {
  if (!isLocale(language.value)) return;
  settings.locale = language.value;
  saveSettings();
  applyLocale();
});

const resetStatus = byId('reset-status');
let resetStatusTimer: ReturnType<typeof setTimeout> | undefined;
byId('control-reset').addEventListener('click', () => {
  void backend.reset().then(applySettingsToAdapter).then(refresh);
  resetStatus.textContent = t(settings.locale).resetDone;
  clearTimeout(resetStatusTimer);
  resetStatusTimer = setTimeout(() => (resetStatus.textContent = ''), 4000);
});

// ─── Language: the page's `lang` drives the library's elements; the demo's own texts follow here ───

function applyLocale(): void {
  const m = t(settings.locale);
  document.documentElement.lang = settings.locale;
  document.title = `${m.profileTitle} — ${m.appName}`;
  const text = (id = ''): string => {
    const value: unknown = m[id as keyof typeof m];
    if (typeof value === 'string') return value;
    throw new Error(`demo: no text "${id}" in strings.ts`);
  };
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = text(element.dataset.text);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    element.setAttribute('aria-label', text(element.dataset.label));
  }
  serverReplies?.applyLocale(settings.locale);
  renderState();
}

applyLocale();
void applied.then(refresh);
