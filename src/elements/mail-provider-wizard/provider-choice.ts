import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { rowForKey } from '../../flows/list-window.js';
import { filterProviders } from '../../flows/provider-filter.js';
import { providerAddress, type MailProvider } from '../../model/index.js';
import { feedback } from '../internal/field-templates.js';
import { filterField, shownCount } from '../internal/shown-count.js';
import { ListWindow } from '../mail-account-list/list-window.js';
import type { StepContext } from './step-context.js';

/** Up to this many providers are plain radios; more get a search field and a windowed list. */
export const PLAIN_CHOICE_MAX = 8;

const KEYS: Record<string, string> = { ArrowRight: 'ArrowDown', ArrowLeft: 'ArrowUp' };

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The wizard's choice among many providers (issue 11, item 12): a search field that
 * narrows the list, and radios rendered only for the rows in view, each saying where
 * it stands in the whole list. The arrow keys move through the whole list, not just
 * the rendered rows (a native radio group would wrap at the last rendered one).
 */
export class ProviderChoice {
  private readonly host: Host;
  private readonly window: ListWindow;
  private query = '';
  private shown: readonly MailProvider[] = [];

  constructor(host: Host) {
    this.host = host;
    this.window = new ListWindow(host, '.provider-viewport');
  }

  /** The search field, the count and the windowed radios. */
  render(c: StepContext, describedBy: string | undefined, error: string | null): TemplateResult {
    const t = c.t;
    const all = c.state.providers;
    this.shown = filterProviders(all, this.query);
    const shown = this.shown;
    const count = shown.length;
    const rows = this.window.indices(count, this.focusedIndex()).flatMap((index) => {
      const provider = shown[index];
      return provider ? [{ index, provider }] : [];
    });
    const rowHeight = this.window.rowHeight;
    const choose = (providerId: string) => c.dispatch({ type: 'choose-provider', providerId });
    return html`<div part="field" class="field provider-filter">
        ${filterField({
          id: 'provider-filter',
          label: t.wizard.findProvider,
          value: this.query,
          type: 'search',
          part: 'input',
          controls: 'provider-options',
          onInput: (value) => this.filter(value),
        })}
      </div>
      ${shownCount(t, count, all.length, this.query)}
      <fieldset part="group" class="group" id="provider" aria-describedby=${describedBy ?? nothing}>
        <legend>${t.wizard.providerLabel}</legend>
        <div part="viewport" class="provider-viewport" id="provider-options" @keydown=${(event: KeyboardEvent) => this.onKeydown(event, choose)}>
          <div class="provider-rows" style=${styleMap({ blockSize: `${count * rowHeight}px` })}>
            ${repeat(
              rows,
              ({ provider }) => provider.id,
              ({ index, provider }) => {
                const id = `provider-${provider.id}`;
                return html`<div class="choice provider-row" data-index=${index} data-key=${provider.id} style=${styleMap({ insetBlockStart: `${index * rowHeight}px` })}>
                  <input
                    type="radio"
                    id=${id}
                    name="provider"
                    .value=${provider.id}
                    .checked=${live(provider.id === c.state.providerId)}
                    aria-posinset=${index + 1}
                    aria-setsize=${count}
                    aria-describedby=${`${id}-help`}
                    @change=${() => choose(provider.id)}
                  />
                  <label for=${id}>${provider.name}</label>
                  <p part="help" class="help choice-help" id=${`${id}-help`}>${t.form.serviceTypes[provider.type]} · ${providerAddress(provider)}</p>
                </div>`;
              },
            )}
          </div>
        </div>
        ${feedback('provider-error', error)}
      </fieldset>`;
  }

  private focusedIndex(): number | null {
    const key = this.window.focusedKey;
    if (key === null) return null;
    const index = this.shown.findIndex((provider) => provider.id === key);
    return index < 0 ? null : index;
  }

  private filter(query: string): void {
    this.query = query;
    this.host.requestUpdate();
  }

  private async onKeydown(event: KeyboardEvent, choose: (providerId: string) => void): Promise<void> {
    const radio = event.target as HTMLInputElement;
    const row = radio.closest<HTMLElement>('[data-index]');
    if (radio.type !== 'radio' || !row || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = rowForKey(KEYS[event.key] ?? event.key, Number(row.dataset.index), this.shown.length, this.window.pageSize);
    if (target === null) return;
    event.preventDefault();
    this.window.reveal(target);
    await this.host.updateComplete;
    const provider = this.shown[target];
    if (!provider) return;
    this.host.shadowRoot?.querySelector<HTMLInputElement>(`#provider-${CSS.escape(provider.id)}`)?.focus();
    choose(provider.id);
  }
}
