import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailSetupError } from '../../model/errors.js';
import {
  accountListReducer,
  initialAccountListState,
  type AccountListAction,
  type AccountListSection,
  type AccountListState,
} from '../../flows/account-list.js';

export const ALL_SECTIONS: readonly AccountListSection[] = ['permissions', 'providers', 'accounts'];

/**
 * Loads the list's sections from the adapter, each on its own (a partial failure
 * stays partial), and keeps the state of flows/account-list.ts. A section's new
 * load cancels its previous one; disconnecting cancels all.
 */
export class ListLoader implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly adapter: () => MailSetupAdapter | undefined;
  private readonly loads = new Map<AccountListSection, AbortController>();
  private current: AccountListState = initialAccountListState();
  private busy = new Set<AccountListSection>();

  constructor(host: ReactiveControllerHost, adapter: () => MailSetupAdapter | undefined) {
    this.host = host;
    this.adapter = adapter;
    host.addController(this);
  }

  get data(): AccountListState {
    return this.current;
  }

  /** Whether the section is being loaded again while its old rows stay on screen. */
  reloading(section: AccountListSection): boolean {
    return this.busy.has(section);
  }

  apply(action: AccountListAction): void {
    this.current = accountListReducer(this.current, action);
    this.host.requestUpdate();
  }

  /**
   * Loads `sections`. `quiet` keeps what a section shows until its answer arrives
   * (a refresh); otherwise the sections show as loading at once.
   */
  async load(sections: readonly AccountListSection[], quiet: boolean): Promise<void> {
    const adapter = this.adapter();
    if (!adapter) return;
    const restart = quiet ? sections.filter((section) => this.current[section].status !== 'ready') : sections;
    if (restart.length > 0) this.apply({ type: 'load-started', sections: restart });
    await Promise.all(sections.map((section) => this.loadSection(adapter, section)));
  }

  /** Loads again every section that failed. */
  retryFailed(): Promise<void> {
    return this.load(
      ALL_SECTIONS.filter((section) => this.current[section].status === 'failed'),
      false,
    );
  }

  hostDisconnected(): void {
    for (const abort of this.loads.values()) abort.abort();
    this.loads.clear();
    this.busy.clear();
  }

  private async loadSection(adapter: MailSetupAdapter, section: AccountListSection): Promise<void> {
    this.loads.get(section)?.abort();
    const abort = new AbortController();
    this.loads.set(section, abort);
    this.busy.add(section);
    this.host.requestUpdate();
    const options = { signal: abort.signal };
    try {
      const action = await this.fetch(adapter, section, options);
      if (!abort.signal.aborted) this.apply(action);
    } catch (error) {
      if (!abort.signal.aborted) this.apply({ type: 'load-failed', section, kind: MailSetupError.from(error).kind });
    } finally {
      if (this.loads.get(section) === abort) {
        this.loads.delete(section);
        this.busy.delete(section);
        this.host.requestUpdate();
      }
    }
  }

  private async fetch(adapter: MailSetupAdapter, section: AccountListSection, options: { signal: AbortSignal }): Promise<AccountListAction> {
    switch (section) {
      case 'accounts':
        return { type: 'accounts-loaded', accounts: await adapter.listAccounts(options) };
      case 'providers':
        return { type: 'providers-loaded', providers: await adapter.listProviders(options) };
      case 'permissions': {
        const { canManageAdministration } = await adapter.getPermissions(options);
        return { type: 'permissions-loaded', canManageAdministration };
      }
    }
  }
}
