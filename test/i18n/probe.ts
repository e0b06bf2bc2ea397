import { LitElement, html } from 'lit';
import { LocaleController } from '../../src/i18n/locale-controller.js';

/** A test-only element: renders one message and counts its renders. */
export class LocaleProbe extends LitElement {
  static override properties = { locale: {} };

  declare locale: string | undefined;
  readonly i18n = new LocaleController(this);
  /** The text of every render, in order. */
  readonly rendered: string[] = [];

  override render() {
    const text = this.i18n.messages.common.next;
    this.rendered.push(text);
    return html`<span>${text}</span>`;
  }

  /** The text on screen now. */
  get text(): string {
    return this.shadowRoot!.textContent!.trim();
  }
}

if (!customElements.get('locale-probe')) customElements.define('locale-probe', LocaleProbe);

declare global {
  interface HTMLElementTagNameMap {
    'locale-probe': LocaleProbe;
  }
}

/** Lets a MutationObserver deliver, then the host finish any update it asked for. */
export async function settle(el: LitElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}
