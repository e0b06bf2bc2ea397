import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadDiagnosticMessages, type DiagnosticMessages } from '../../i18n/diagnostics.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import {
  draftToInput,
  microsoftOAuthPermissions,
  normalizeServiceAddress,
  validateProviderDraft,
  type Advisory,
  type ProviderDraft,
} from '../../model/index.js';
import { Announcer } from '../internal/announcer.js';
import { advisoriesFor, diagnosticTexts, renderAdvisorNotes, type AdvisedProvider } from '../internal/advisor-notes.js';
import { copyText } from '../internal/clipboard.js';

/** The host name a typed address stands for, or the text as typed when it is not one yet. */
function hostOf(value: string): string {
  const address = normalizeServiceAddress(value);
  return address.ok ? address.host : value.trim().toLowerCase();
}

/** The draft in the advisor's terms, with normalised host names (a pasted URL still counts). */
function advisedDraft(draft: ProviderDraft): AdvisedProvider {
  const input = draftToInput(draft);
  if (input.type === 'exchange') return { ...input, serviceAddress: hostOf(input.serviceAddress) };
  return {
    ...input,
    incoming: { ...input.incoming, host: hostOf(input.incoming.host) },
    outgoing: { ...input.outgoing, host: hostOf(input.outgoing.host) },
  };
}

/** What the form's diagnostics read from the form when they render or act. */
export interface FormDiagnosticsSource {
  readonly draft: ProviderDraft;
  readonly t: Messages;
  readonly locale: Locale;
  readonly clock: (() => Date) | undefined;
  readonly redirectUri: string | null;
  /** Puts imported settings into the form (an `edit` patch). */
  readonly apply: (patch: Partial<ProviderDraft>) => void;
}

/**
 * The provider form's diagnostics (issue 12): the protocol advisor's notes, the
 * OAuth application helper (Redirect URI, permissions to grant), and autoconfig
 * import and export. Its own polite region says what happened.
 */
export class FormDiagnostics {
  readonly announcer: Announcer;
  /** An import's problem or notes, shown under the buttons. */
  private importMessage: { readonly text: string; readonly error: boolean } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => FormDiagnosticsSource,
  ) {
    this.announcer = new Announcer(host);
  }

  /** The advisor's notes for the draft; undefined while the advisor loads (a Microsoft 365 host). */
  advisories(): Advisory[] | undefined {
    const { draft, clock } = this.source();
    return advisoriesFor(this.host, advisedDraft(draft), clock);
  }

  /**
   * The dateless Basic warning, unless an advisory says the same with its date
   * (then the advisory shows instead), or may, once the advisor has loaded.
   */
  basicWarning<W>(warning: W | undefined): W | undefined {
    const advisories = this.advisories();
    return advisories === undefined || advisories.some((advisory) => advisory.field === 'auth.method') ? undefined : warning;
  }

  texts(advisories: readonly Advisory[]): DiagnosticMessages | undefined {
    return advisories.length > 0 || this.importMessage !== null ? diagnosticTexts(this.host, this.source().locale) : undefined;
  }

  renderNotes(): TemplateResult | typeof nothing {
    const advisories = this.advisories() ?? [];
    return renderAdvisorNotes(this.source().t, this.texts(advisories), advisories);
  }

  /** R13: the redirect URI the host uses, to copy, and the permissions to grant. */
  renderOAuthHelper(): TemplateResult {
    const { t, draft, redirectUri } = this.source();
    const d = t.diagnostics;
    const input = draftToInput(draft);
    const hosts = input.type === 'exchange' ? [hostOf(input.serviceAddress)] : [hostOf(input.incoming.host), hostOf(input.outgoing.host)];
    const permissions = microsoftOAuthPermissions({ type: input.type, hosts, loadEmails: input.loadEmails, sendEmails: input.sendEmails });
    return html`${
      redirectUri
        ? html`<div part="field" class="field redirect-uri">
          <label for="redirect-uri">${d.redirectUri}</label>
          <div class="inline">
            <input part="input" id="redirect-uri" type="text" readonly .value=${redirectUri} aria-describedby="redirect-uri-help" />
            <button part="button" type="button" id="copy-redirect-uri" @click=${() => void this.copyRedirectUri()}>${d.copyRedirectUri}</button>
          </div>
          <p part="help" class="help" id="redirect-uri-help">${d.redirectUriHelp}</p>
        </div>`
        : nothing
    }
    ${
      permissions.length === 0
        ? nothing
        : html`<div part="help" class="help permissions">
          <p id="permissions-label">${d.permissionsToGrant}</p>
          <ul aria-labelledby="permissions-label">
            ${permissions.map((permission) => html`<li><code>${permission}</code></li>`)}
          </ul>
        </div>`
    }`;
  }

  /** Import settings (a file chooser behind a button) and Export settings, and what the last import said. */
  renderTransfer(disabled: boolean): TemplateResult {
    const { t } = this.source();
    const d = t.diagnostics;
    const message = this.importMessage;
    return html`<div part="transfer" class="transfer">
      <div class="actions transfer-actions">
        <button part="button" type="button" id="import-settings" aria-describedby="import-help" ?disabled=${disabled} @click=${this.chooseFile}>
          ${d.importSettings}
        </button>
        <button part="button" type="button" id="export-settings" @click=${() => void this.exportSettings()}>${d.exportSettings}</button>
        <input id="import-file" type="file" accept=".xml,application/xml,text/xml" hidden @change=${this.onFile} />
      </div>
      <p part="help" class="help" id="import-help">${d.importHelp}</p>
      ${message ? html`<p part="help" class="help ${message.error ? 'error' : ''}" id="import-message" role=${message.error ? 'alert' : 'status'}>${message.text}</p>` : nothing}
    </div>`;
  }

  /** Imports an autoconfig file's text into the form; exposed for hosts' drop zones and tests. */
  async readAutoconfig(text: string): Promise<void> {
    const { locale } = this.source();
    const [parser, dt] = await Promise.all([loadAutoconfig().catch(() => null), diagnosticTextsLoaded(locale)]);
    if (!parser) {
      this.importMessage = { text: this.source().t.adapterErrors.unknown.title, error: true };
      this.host.requestUpdate();
      return;
    }
    const { importAutoconfig } = parser;
    // Read after the load: what the user typed meanwhile is kept.
    const { draft, apply, t } = this.source();
    const result = importAutoconfig(text, draft.type);
    if (!result.ok) {
      this.importMessage = { text: dt?.autoconfigErrors[result.code] ?? t.adapterErrors.malformed.title, error: true };
    } else {
      apply(result.draft);
      const notes = result.notes.map((code) => dt?.autoconfigNotes[code] ?? '').filter(Boolean);
      this.importMessage = { text: [t.diagnostics.imported, ...notes].join(' '), error: false };
    }
    this.host.requestUpdate();
  }

  private readonly chooseFile = (): void => {
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#import-file')?.click();
  };

  private readonly onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    // Read no more than the parser accepts, so a huge file cannot stall the page.
    if (file) void (file.size > 65536 * 4 ? this.readAutoconfig('x'.repeat(65537)) : file.text().then((text) => this.readAutoconfig(text)));
  };

  private async exportSettings(): Promise<void> {
    const writer = await loadAutoconfig().catch(() => null);
    const { draft, t } = this.source();
    if (!writer) {
      this.announcer.say(t.adapterErrors.unknown.title);
      return;
    }
    const { autoconfigOfProvider, writeAutoconfig } = writer;
    // A file never carries the secret, so whether one is typed does not matter here.
    const result = validateProviderDraft({ ...draft, hasStoredSecret: true, replaceSecret: false });
    if (!result.ok) {
      this.announcer.say(t.diagnostics.exportInvalid);
      return;
    }
    const file = 'config-v1.1.xml';
    // The autoconfig format has no place for a secret, and none is written.
    const url = URL.createObjectURL(new Blob([writeAutoconfig(autoconfigOfProvider(result.input))], { type: 'application/xml' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: file });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.announcer.say(t.diagnostics.exported({ file }));
  }

  private async copyRedirectUri(): Promise<void> {
    const { redirectUri, t } = this.source();
    if (redirectUri && (await copyText(redirectUri, this.host.shadowRoot ?? this.host))) this.announcer.say(t.diagnostics.redirectUriCopied);
  }
}

/** The autoconfig parser and writer, fetched on the first import or export. */
function loadAutoconfig(): Promise<typeof import('../../model/autoconfig.js')> {
  return import('../../model/autoconfig.js');
}

/** The diagnostics texts, waiting for them; undefined when they cannot load (the generic words are used). */
function diagnosticTextsLoaded(locale: Locale): Promise<DiagnosticMessages | undefined> {
  return loadDiagnosticMessages(locale).catch(() => undefined);
}
