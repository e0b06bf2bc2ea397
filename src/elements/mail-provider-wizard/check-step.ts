import { html, nothing, type TemplateResult } from 'lit';
import { wizardCanSaveAnyway } from '../../flows/index.js';
import { describeError } from '../../i18n/format.js';
import { renderAdvisorNotes } from '../internal/advisor-notes.js';
import type { StepContext } from './step-context.js';
import { savedMessage } from './finish.js';
import { syncNotice } from './sync-notice.js';

/** What will be saved, so the user checks it before they press Save. */
function renderSummary(c: StepContext): TemplateResult {
  const t = c.t;
  const provider = c.view.provider;
  const signIn = c.state.signIn;
  const auth = provider ? t.form.authMethods[provider.auth.method] : '';
  return html`<dl part="summary" class="summary">
    <div><dt>${t.wizard.emailLabel}</dt><dd>${c.state.email.trim()}</dd></div>
    <div><dt>${t.wizard.providerLabel}</dt><dd>${provider?.name ?? ''}</dd></div>
    <div><dt>${t.wizard.loginLabel}</dt><dd>${c.view.login.trim()}</dd></div>
    <div>
      <dt>${t.form.authMethod}</dt>
      <dd>${auth}${signIn.status === 'signed-in' ? html` · ${t.wizard.signedInAs({ address: signIn.signedInAs })}` : nothing}</dd>
    </div>
  </dl>`;
}

/** The check's or the save's outcome (B1): what failed and what to do. */
function renderOutcome(c: StepContext): TemplateResult | typeof nothing {
  const t = c.t.wizard;
  const { check, save } = c.state;
  if (save.status === 'saved') {
    const text =
      save.account.status === 'unverified'
        ? c.t.diagnostics.savedUnverified({ address: save.account.email })
        : t.saved({ address: save.account.email });
    return html`<div part="notice" class="notice success" id="save-outcome" tabindex="-1">
      <strong>${save.account.status === 'unverified' ? text : savedMessage(c, save.account.email)}</strong>
    </div>`;
  }
  if (save.status === 'saving') return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${c.t.common.saving}</p>`;
  if (save.status === 'failed') {
    const problem = save.kind === 'conflict' ? t.alreadyAdded : describeError(c.t, save.kind);
    return html`<div part="notice error" class="notice danger" role="alert" id="save-outcome" tabindex="-1">
      <strong>${problem.title}</strong> ${problem.action}
    </div>`;
  }
  switch (check.status) {
    case 'idle':
      return html`<p part="help" class="help">${t.checkHint}</p>`;
    case 'checking':
      return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t.checking}</p>`;
    case 'ok':
      return html`<p class="success status-text" id="check-outcome">${t.connectionOk}</p>`;
    case 'failed': {
      if (check.kind === 'aborted') return html`<p class="notice info" id="check-outcome" tabindex="-1">${t.checkCancelled}</p>`;
      const diagnosis = c.checks?.progress.diagnosis;
      const translated = diagnosis && c.checks ? c.checks.problem(c.t, diagnosis) : undefined;
      // A cause the translator recognised says the most; otherwise a refusal for lack of permission
      // on the mail server says what to ask for, not the CRM's administration right.
      const problem =
        diagnosis?.code && translated
          ? translated
          : check.kind === 'forbidden'
            ? { title: c.t.adapterErrors.forbidden.title, action: c.t.lifecycle.checkForbiddenUser }
            : (translated ?? describeError(c.t, check.kind));
      // A tolerated Exchange Listener failure (R2) is a warning: Save goes on.
      const tolerated = check.kind === 'sync-service' && !c.state.requireSyncService;
      return html`<div
        part="notice ${tolerated ? 'warning' : 'error'}"
        class="notice ${tolerated ? 'warning' : 'danger'}"
        role=${tolerated ? 'note' : 'alert'}
        id="check-outcome"
        tabindex="-1"
      >
        <strong>${problem.title}</strong> ${problem.action} ${tolerated ? t.syncDoesNotBlock : nothing}
      </div>`;
    }
  }
}

/**
 * Step 4 (B1): a summary, the Exchange Listener's state, the protocol advisor's
 * notes, the check's stages as they run, its outcome with cause and fix, and
 * Copy diagnostics (and Save anyway for administrators where it applies).
 */
export function renderCheckStep(c: StepContext): TemplateResult {
  const settled = c.state.save.status === 'idle' || c.state.save.status === 'failed';
  return html`
    ${c.checks?.progress.announcer.render() ?? nothing} ${renderSummary(c)} ${syncNotice(c)}
    ${renderAdvisorNotes(c.t, c.diagnosticTexts, c.advisories)}
    ${c.state.save.status === 'saved' ? nothing : (c.checks?.renderStages() ?? nothing)}
    <div class="outcome" aria-live="polite">${renderOutcome(c)}</div>
    ${settled ? (c.checks?.renderTools(c.t, wizardCanSaveAnyway(c.state) ? () => c.dispatch({ type: 'save-anyway' }) : undefined) ?? nothing) : nothing}
  `;
}
