import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailAccount, MailProvider } from '../../model/index.js';
import { LazyModule } from '../internal/lazy-module.js';
import type { ListCheck } from './list-check.js';

/**
 * The list's **Check connection** (B1), fetched on the first press: the staged
 * check, the error translator and the diagnostics report are code most list
 * visits never run, so they stay out of the first paint.
 */
export class LazyListCheck {
  private check: ListCheck | null = null;
  private readonly module = new LazyModule(() => import('./list-check.js'));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly locale: () => Locale,
  ) {}

  /** Loads the check (once) and starts it; false when its code could not be fetched (a later press tries again). */
  async start(adapter: MailSetupAdapter, account: MailAccount, provider: MailProvider | undefined): Promise<boolean> {
    const module = await this.module.load();
    if (!module) return false;
    this.check ??= new module.ListCheck(this.host, this.locale);
    this.check.start(adapter, account, provider);
    return true;
  }

  /** Stops a running check (Cancel check, or the dialog closed). */
  stop(): void {
    this.check?.stop();
  }

  /** The dialog's content; `close` closes the dialog. */
  render(t: Messages, close: () => void): TemplateResult | typeof nothing {
    return this.check ? this.check.render(t, close) : nothing;
  }
}
