import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldIssue, MessageCode } from '../model/codes.js';
import { describeError, formatIssue } from './format.js';
import { observeLang } from './lang-observer.js';
import { DEFAULT_LOCALE, loadMessages, messagesSync, normalizeLocale, type Locale } from './locale.js';
import type { Messages, Problem } from './messages.js';

/** An element that can host a `LocaleController`; its optional `locale` property wins over `lang`. */
export type LocaleHost = ReactiveControllerHost & HTMLElement & { readonly locale?: string | null | undefined };

/**
 * The nearest non-empty `lang` attribute, from the element itself outwards,
 * crossing shadow boundaries through each root's host.
 */
export function nearestLang(element: Element): string | undefined {
  let node: Element | undefined = element;
  while (node) {
    const match = node.closest('[lang]:not([lang=""])');
    if (match) return match.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** The locale an element should speak: its `locale` property, else the nearest `lang`, else the document's, else English. */
export function resolveLocale(element: Element & { readonly locale?: string | null | undefined }): Locale {
  if (element.locale) return normalizeLocale(element.locale);
  return normalizeLocale(nearestLang(element) ?? element.ownerDocument.documentElement.lang);
}

/**
 * Gives a Lit element its message catalogue and keeps it current:
 *
 * ```ts
 * @property() locale?: string;
 * private i18n = new LocaleController(this);
 * render() { const t = this.i18n.messages; return html`<button>${t.common.next}</button>`; }
 * ```
 *
 * It re-renders the host when the host's `locale` property changes (read in
 * `hostUpdate`) or when a `lang` attribute changes on the element or any
 * ancestor, including across the shadow roots it sits in at connection time
 * (re-read on every reconnect). A locale that is not loaded yet keeps the current
 * text on screen (English at first) until it arrives, then re-renders: never a
 * blank. Disconnected hosts are not observed and not updated.
 */
export class LocaleController implements ReactiveController {
  private readonly host: LocaleHost;
  /** The locale the host asks for; differs from `current` while it loads. */
  private wanted: Locale = DEFAULT_LOCALE;
  private current: Locale = DEFAULT_LOCALE;
  private catalogue: Messages = messagesSync(DEFAULT_LOCALE)!;
  private unsubscribe: (() => void) | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  /** The locale of the text in use (English while another locale loads). */
  get locale(): Locale {
    return this.current;
  }

  /** The catalogue to render with: `this.i18n.messages.form.name`. */
  get messages(): Messages {
    return this.catalogue;
  }

  /** Short alias of `messages`, for `const t = this.i18n.t`. */
  get t(): Messages {
    return this.catalogue;
  }

  /** Settles when the requested catalogue is in use (or failed to load, leaving the current one). */
  get ready(): Promise<void> {
    return this.pending;
  }

  /** The text of a model error, warning or note; `''` for none. */
  format(issue: FieldIssue<MessageCode> | undefined): string {
    return formatIssue(this.catalogue, issue);
  }

  /** What failed and what to do, for an adapter rejection. */
  describe(error: unknown): Problem {
    return describeError(this.catalogue, error);
  }

  hostConnected(): void {
    this.unsubscribe = observeLang(this.host, this.onLangChange);
    this.resolve(true);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Forget an unfinished switch, so a reconnect resolves afresh and a load that
    // lands while disconnected changes nothing.
    this.wanted = this.current;
  }

  hostUpdate(): void {
    // Already inside an update: adopt a loaded locale now, without asking for another.
    this.resolve(false);
  }

  private readonly onLangChange = (): void => this.resolve(true);

  private resolve(requestUpdate: boolean): void {
    const wanted = resolveLocale(this.host);
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    const ready = messagesSync(wanted);
    if (ready) {
      this.use(wanted, ready, requestUpdate);
      return;
    }
    this.pending = loadMessages(wanted).then(
      (messages) => {
        if (this.wanted === wanted && this.unsubscribe) this.use(wanted, messages, true);
      },
      () => {
        // Keep the current text: a missing translation must not blank the element.
      },
    );
  }

  private use(locale: Locale, messages: Messages, requestUpdate: boolean): void {
    const changed = this.catalogue !== messages;
    this.current = locale;
    this.catalogue = messages;
    if (changed && requestUpdate) this.host.requestUpdate();
  }
}
