import type { CheckStage } from '../model/index.js';
import type { MailSetupErrorDetails, MailSetupErrorKind } from './errors.js';

/** The adapter methods, by name, for faults and the call log. */
export type AdapterMethod =
  | 'getPermissions'
  | 'getSyncServiceStatus'
  | 'listProviders'
  | 'findProviderByDomain'
  | 'saveProvider'
  | 'deleteProvider'
  | 'listAccounts'
  | 'listAccountsPage'
  | 'saveAccount'
  | 'deleteAccount'
  | 'reauthorizeAccount'
  | 'checkConnection'
  | 'signInWithOAuth';

/** A failure to simulate, for tests, stories and the demo's "what if" switches. */
export type InMemoryFault =
  /** Rejects with a MailSetupError of this kind. */
  | { type: 'reject'; kind: MailSetupErrorKind; details?: MailSetupErrorDetails }
  /**
   * Never settles until the call's AbortSignal fires, then rejects `aborted`. With
   * `stage` (connection checks only), the check reports the stages before it and hangs there.
   */
  | { type: 'hang'; stage?: CheckStage }
  /**
   * Connection checks only: the check runs its stages and fails at `stage` with this
   * kind and the server's words (`rawCode`, `serverReply`), as a real server would.
   */
  | { type: 'fail-stage'; stage: CheckStage; kind: MailSetupErrorKind; rawCode: string; serverReply: string }
  /** Resolves with data that does not match the schemas. */
  | { type: 'malformed' };

interface FaultEntry {
  readonly method: AdapterMethod | '*';
  readonly fault: InMemoryFault;
  remaining: number;
}

/**
 * The faults waiting to happen. The latest matching one wins, so a test can
 * override a standing `'*'` fault for one method; each use counts down its `times`.
 */
export class FaultTable {
  #entries: FaultEntry[] = [];

  /** Queues `fault` for the next `times` calls of `method` (`Infinity`: until cleared). */
  add(method: AdapterMethod | '*', fault: InMemoryFault, times: number): void {
    if (times > 0) this.#entries.push({ method, fault: structuredClone(fault), remaining: times });
  }

  /** Forgets every fault. */
  clear(): void {
    this.#entries = [];
  }

  /** The fault for this call, if any, counting it as used. */
  take(method: AdapterMethod): InMemoryFault | undefined {
    for (let index = this.#entries.length - 1; index >= 0; index--) {
      const entry = this.#entries[index];
      if (entry === undefined || (entry.method !== '*' && entry.method !== method)) continue;
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.#entries.splice(index, 1);
      return entry.fault;
    }
    return undefined;
  }
}

/** What a `malformed` fault resolves with: the wrong shape, plainly. */
export function malformedValue(method: AdapterMethod): unknown {
  return method === 'listProviders' || method === 'listAccounts' ? [{ id: 42 }] : { nope: true };
}
