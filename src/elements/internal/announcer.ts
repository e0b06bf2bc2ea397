import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per element. `say` empties it, lets the host render the
 * empty region, then puts the text in, so that the same sentence said twice
 * (a second failed Apply) is announced twice.
 */
export class Announcer {
  private text = '';
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  say(text: string): void {
    const generation = ++this.generation;
    this.text = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (generation !== this.generation) return;
      this.text = text;
      this.host.requestUpdate();
    });
  }

  /** What the region holds now (for tests and hosts that mirror it). */
  get current(): string {
    return this.text;
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }
}
