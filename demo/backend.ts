// Where the demo's data lives. `npm start`: in the page (InMemoryAdapter, kept in
// localStorage). `npm run start:server`: the reference backend on this machine
// (RestAdapter → mail-provider-elements/server on PGlite), whose development
// switches the demo's controls drive. The start-server script defines
// __MAIL_SETUP_API__; a plain Vite build leaves it undefined.

import {
  DEMO_CHECK_OUTCOMES,
  InMemoryAdapter,
  RestAdapter,
  type DemoCheckOutcome,
  type DemoSignInOutcome,
  type MailSetupAdapter,
} from '../src/adapter/index.js';
import { isOneOf, type DiagnosisCode } from '../src/model/index.js';

declare const __MAIL_SETUP_API__: string | undefined;

export interface DemoSwitches {
  administrator: boolean;
  exchangeListener: boolean;
  /** Only while configured: whether the configured service answers. */
  exchangeListenerReachable: boolean;
  /** What connection checks do, until changed: a plain outcome or a server's reply (the in-memory backend only). */
  connectionCheck: DemoCheckOutcome | DiagnosisCode;
  /** What OAuth 2.0 sign-ins do (the in-memory backend only). */
  oauthSignIn: DemoSignInOutcome;
}

/** The Exchange Listener state the switches stand for. */
function syncState(switches: DemoSwitches): 'ok' | 'not-configured' | 'unreachable' {
  if (!switches.exchangeListener) return 'not-configured';
  return switches.exchangeListenerReachable ? 'ok' : 'unreachable';
}

export interface DemoBackend {
  readonly adapter: MailSetupAdapter;
  /** Whether checks can replay a server's reply (the error translator's codes). */
  readonly replaysServerReplies: boolean;
  /** Hands the host's switches to the backend (CanManageAdministration, Exchange Listener). */
  apply(switches: DemoSwitches): Promise<void>;
  /** Back to the demo data. */
  reset(): Promise<void>;
  /** Called after every successful write. */
  subscribe(listener: () => void): void;
}

// Development mode's server only checks that writes carry the header.
const HEADERS = { 'X-CSRF-Token': 'demo' };

async function send(url: string, method: string, body?: unknown): Promise<void> {
  const response = await fetch(url, { method, headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  if (!response.ok) throw new Error(`demo: ${method} ${url} answered ${response.status}`);
}

export function createDemoBackend(): DemoBackend {
  const api = typeof __MAIL_SETUP_API__ === 'string' ? __MAIL_SETUP_API__ : undefined;
  if (api === undefined) {
    const adapter = new InMemoryAdapter({ storage: localStorage, latencyMs: 300, checkStageMs: 'realistic' });
    // A chosen server reply is armed before every check, so it holds until changed, like the plain outcomes.
    let reply: DiagnosisCode | undefined;
    const check = adapter.checkConnection.bind(adapter);
    adapter.checkConnection = (request, options) => {
      if (reply) adapter.failNextCheck(reply);
      return check(request, options);
    };
    return {
      adapter,
      replaysServerReplies: true,
      apply(switches) {
        adapter.canManageAdministration = switches.administrator;
        adapter.syncService = syncState(switches);
        const choice = switches.connectionCheck;
        adapter.connectionCheck = isOneOf(DEMO_CHECK_OUTCOMES, choice) ? choice : 'succeeds';
        reply = isOneOf(DEMO_CHECK_OUTCOMES, choice) ? undefined : choice;
        adapter.oauthSignIn = switches.oauthSignIn;
        return Promise.resolve();
      },
      reset() {
        adapter.reset();
        return Promise.resolve();
      },
      subscribe: (listener) => void adapter.subscribe(listener),
    };
  }
  const adapter = new RestAdapter({ baseUrl: api, init: { headers: HEADERS } });
  return {
    adapter,
    replaysServerReplies: false,
    apply: (switches) => send(`${api}/development`, 'PUT', { canManageAdministration: switches.administrator, syncService: syncState(switches) }),
    // The page re-reads its state after a reset; the elements, on their next load.
    reset: () => send('/__demo/reset', 'POST'),
    subscribe: (listener) => void adapter.subscribe(listener),
  };
}
