import { html, nothing, type TemplateResult } from 'lit';
import { providerAddress, type MailProvider } from '../../model/index.js';
import { feedback, radioGroup } from '../internal/field-templates.js';
import { describeError } from '../../i18n/format.js';
import { PLAIN_CHOICE_MAX } from './provider-choice.js';
import { fieldError, type StepContext } from './step-context.js';
import { renderExistingNotice } from './finish.js';
import { syncNotice } from './sync-notice.js';

function providerHelp(c: StepContext, provider: MailProvider): string {
  return `${c.t.form.serviceTypes[provider.type]} · ${providerAddress(provider)}`;
}

/** The list of providers to pick from, with Add provider for those who may (R1, R7). */
function renderChoice(c: StepContext, domain: string): TemplateResult {
  const t = c.t.wizard;
  const recognized = c.view.recognized;
  const error = fieldError(c, 'provider');
  const intro = recognized
    ? nothing
    : html`<p class="intro" id="provider-intro">
        ${c.state.canManageAdministration ? t.providerUnknown({ domain }) : t.providerUnknownNoRights({ domain })}
      </p>`;
  const describedBy = error !== null ? 'provider-error' : recognized ? undefined : 'provider-intro';
  const list =
    c.state.providers.length === 0
      ? html`<p class="help">${t.noProviders}</p>`
      : c.state.providers.length > PLAIN_CHOICE_MAX
        ? c.providerChoice.render(c, describedBy, error)
        : radioGroup({
            id: 'provider',
            legend: t.providerLabel,
            name: 'provider',
            value: c.state.providerId ?? '',
            options: c.state.providers.map((p) => ({ value: p.id, label: p.name, help: providerHelp(c, p) })),
            disabled: false,
            describedBy,
            onChange: (providerId) => c.dispatch({ type: 'choose-provider', providerId }),
            after: feedback('provider-error', error),
          });
  // R1: administrators may create a provider; everyone else is told who can.
  const add = c.state.canManageAdministration
    ? html`<div class="add-provider">
        <button part="button" type="button" id="add-provider" aria-describedby="domains-tip" @click=${() => c.dispatch({ type: 'add-provider' })}>
          ${c.t.common.addProvider}
        </button>
        <p part="help" class="help" id="domains-tip">${t.domainsTip}</p>
      </div>`
    : recognized
      ? nothing
      : html`<p part="notice" class="notice info" role="note">${c.t.access.cannotManageProviders}</p>`;
  return html`${intro}${list}${add}`;
}

/** Step 2 (R6): the recognised provider, or a choice; Add provider opens the embedded form. */
export function renderProviderStep(c: StepContext): TemplateResult {
  const t = c.t.wizard;
  const lookup = c.state.lookup;
  if (lookup.status === 'idle' || lookup.status === 'loading') {
    return html`<p class="loading" role="status">${lookup.status === 'loading' ? t.lookingUp({ domain: lookup.domain }) : c.t.common.loading}</p>`;
  }
  if (lookup.status === 'failed') {
    const problem = describeError(c.t, lookup.kind);
    return html`<div part="notice error" class="notice danger" role="alert" id="lookup-failure">
      <strong>${problem.title}</strong> ${problem.action}
      <button part="button" type="button" @click=${() => c.dispatch({ type: 'retry-lookup' })}>${c.t.common.retry}</button>
    </div>`;
  }
  const recognized = c.view.recognized;
  return html`
    ${renderExistingNotice(c)}
    ${
      recognized
        ? html`<p part="notice" class="notice success" id="recognized">${t.providerRecognized({ domain: lookup.domain, name: recognized.name })}</p>`
        : nothing
    }
    ${
      recognized && !c.choosingOther
        ? html`<button part="button" type="button" class="link-button" id="choose-other" @click=${c.chooseOther}>${t.chooseAnotherProvider}</button>`
        : renderChoice(c, lookup.domain)
    }
    <div class="status" role="status">${c.addedProvider === null ? nothing : t.providerAdded({ name: c.addedProvider })}</div>
    ${syncNotice(c)}
  `;
}
