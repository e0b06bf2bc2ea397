import { html, nothing, type TemplateResult } from 'lit';
import { pagingComplete, type AccountPaging } from '../../flows/account-paging.js';
import { nameSome, providerDeleteCheck, type AccountListState, type SectionLoad } from '../../flows/account-list.js';
import type { Messages } from '../../i18n/messages.js';
import { providerAddress, type MailProvider } from '../../model/index.js';
import type { ListWindow } from './list-window.js';
import { heading, problemNotice, rowActions } from './parts.js';
import { shownCount } from '../internal/shown-count.js';
import { windowedList } from './windowed-list.js';

/** Everything the Mail providers section needs from the element. */
export interface ProviderSectionContext {
  readonly t: Messages;
  readonly headingLevel: number;
  readonly load: SectionLoad<MailProvider>;
  /** The providers that pass the list's filter (all of them when it is empty). */
  readonly shown: readonly MailProvider[];
  /** The list's filter text, which covers providers as well as mailboxes. */
  readonly query: string;
  /** Whether the right was read and granted; otherwise no control shows, and a failed check says so (R1). */
  readonly granted: boolean;
  readonly busy: boolean;
  /** Mailbox addresses by provider id; null when the mailboxes did not load. */
  readonly usage: ReadonlyMap<string, readonly string[]> | null;
  /** Paging of the mailboxes: while pages remain, `usage` knows only the loaded ones, so no count shows. */
  readonly paging: AccountPaging | null;
  readonly refusals: AccountListState['refusals'];
  /** The provider whose refusal (R15) the user asked about by pressing its Delete (the announcer says it). */
  readonly shownRefusal: string | null;
  /** The last failed delete: what failed and the adapter error kind, shown above the list with Retry. */
  readonly failedDelete: { readonly what: string; readonly kind: string } | null;
  readonly onRetryDelete: () => void;
  readonly window: ListWindow;
  readonly onAdd: (event: Event) => void;
  readonly onRetry: () => void;
  readonly onEdit: (provider: MailProvider, button: HTMLElement) => void;
  readonly onDelete: (provider: MailProvider, button: HTMLElement) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

/**
 * Why a provider cannot be deleted (R15), or null when it can: how many mailboxes
 * use it and which. An `in-use` refusal that named none says so in general terms.
 */
export function refusalText(c: Pick<ProviderSectionContext, 't' | 'usage' | 'refusals'>, provider: MailProvider): string | null {
  const check = providerDeleteCheck(provider.id, c.usage, c.refusals);
  if (check.allowed) return null;
  const t = c.t;
  if (check.mailboxes.length === 0) return `${t.adapterErrors['in-use'].title} ${t.adapterErrors['in-use'].action}`;
  const { named, more } = nameSome(check.mailboxes);
  return `${t.list.providerInUse({ name: provider.name, count: check.mailboxes.length })} ${t.list.usedBy({ address: named.join(', '), count: more })}`;
}

const dot = html`<span class="separator" aria-hidden="true">·</span>`;

function row(c: ProviderSectionContext, provider: MailProvider, index: number): TemplateResult {
  const t = c.t;
  const refusal = refusalText(c, provider);
  const refusalId = `refusal-${index}`;
  const count = c.usage?.get(provider.id)?.length;
  const domains = provider.domains.length === 0 ? t.list.noDomains : t.list.domainsOf({ domain: provider.domains.join(', ') });
  return html`<div class="cells">
      <div class="line">
        <span part="cell name" class="title">${provider.name}</span>
        <span part="badge type-badge" class="badge plain">${t.form.serviceTypes[provider.type]}</span>
      </div>
      <div class="line secondary">
        <span part="cell address">${providerAddress(provider)}</span>${dot}<span part="cell domains" title=${domains}>${domains}</span>
      </div>
      <div class="line secondary">
        ${(count === undefined && c.usage === null) || !pagingComplete(c.paging) ? nothing : html`<span part="cell count">${t.list.mailboxCount({ count: count ?? 0 })}</span>`}
      </div>
      ${refusal === null ? nothing : html`<span class="visually-hidden" id=${refusalId}>${refusal}</span>`}
    </div>
    ${rowActions(t, {
      editLabel: t.list.editProvider({ name: provider.name }),
      deleteLabel: t.list.deleteProvider({ name: provider.name }),
      onEdit: (opener) => c.onEdit(provider, opener),
      onDelete: (opener) => c.onDelete(provider, opener),
      ...(refusal === null ? {} : { refusalId }),
    })}`;
}

function body(c: ProviderSectionContext): TemplateResult {
  const t = c.t;
  if (c.load.status === 'loading') return html`<p class="loading" role="status">${t.list.loadingProviders}</p>`;
  if (c.load.status === 'failed') return problemNotice(t, c.granted ? t.list.providersFailed : t.access.checkFailed, c.load.kind, c.onRetry);
  if (c.load.items.length === 0) return html`<div part="empty" class="empty"><p>${t.list.providersEmpty}</p></div>`;
  const providers = c.shown;
  const filtered = c.query.trim() !== '';
  const count = filtered ? shownCount(t, providers.length, c.load.items.length, c.query) : nothing;
  if (providers.length === 0) return html`${count}`;
  return html`${count}${windowedList({
    viewportClass: 'providers-viewport',
    id: 'providers-list',
    label: t.list.providersTitle,
    items: providers,
    window: c.window,
    key: (provider) => provider.id,
    row: (provider, index) => row(c, provider, index),
    onKeydown: c.onKeydown,
  })}`;
}

/** The Mail providers section, for users with CanManageAdministration (R1, R15). */
export function providerSection(c: ProviderSectionContext): TemplateResult {
  const t = c.t;
  const shown = c.shownRefusal === null || c.load.status !== 'ready' ? undefined : c.load.items.find((p) => p.id === c.shownRefusal);
  const refusal = shown ? refusalText(c, shown) : null;
  const loading = c.load.status === 'loading' || c.busy;
  return html`<section part="section providers-section" aria-labelledby="providers-heading" aria-busy=${loading ? 'true' : 'false'}>
    <div class="section-header">
      ${heading('providers-heading', c.headingLevel, t.list.providersTitle)}
      ${c.granted ? html`<button part="button" type="button" id="add-provider" @click=${c.onAdd}>${t.common.addProvider}</button>` : nothing}
    </div>
    ${refusal === null ? nothing : html`<p part="notice" class="notice warning" id="refusal">${refusal}</p>`}
    ${c.failedDelete ? problemNotice(t, c.failedDelete.what, c.failedDelete.kind, c.onRetryDelete) : nothing} ${body(c)}
  </section>`;
}
