import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  isStaleMailbox,
  mailboxOptions,
  mailboxSettingsView,
  type MailboxSettingsAction,
  type MailboxSettingsField,
  type MailboxSettingsState,
  type MailboxSettingsView,
} from '../../flows/mailbox-settings.js';
import { describeError, formatIssue } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { describedBy, feedback, textField } from '../internal/field-templates.js';
import { settingsFieldId } from './parts.js';

/** Everything the mailbox settings form needs from the element. */
export interface SettingsFormContext {
  readonly t: Messages;
  readonly state: MailboxSettingsState;
  readonly view: MailboxSettingsView;
  /** How many fields need attention after a Save, in words (the list's announcer says it aloud). */
  readonly summary: string;
  readonly dispatch: (action: MailboxSettingsAction) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onCancel: (event: Event) => void;
  /** Reload after a stale-version conflict, keeping what the user typed. */
  readonly onReload: () => void;
}

function error(c: SettingsFormContext, field: MailboxSettingsField): string | null {
  const issue = c.view.errors[field];
  return issue ? formatIssue(c.t, issue) : null;
}

type BooleanField = 'loadEmails' | 'sendEmails' | 'isDefault' | 'isShared';

function checkbox(c: SettingsFormContext, field: BooleanField, label: string, help: string | null): TemplateResult {
  const id = settingsFieldId(field);
  const err = error(c, field);
  const saving = c.state.status === 'saving';
  return html`<div class="choice-field">
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        .checked=${live(c.state.draft[field])}
        ?disabled=${saving}
        aria-invalid=${err === null ? 'false' : 'true'}
        aria-describedby=${ifDefined(describedBy(help !== null && `${id}-help`, err !== null && `${id}-error`))}
        @change=${(e: Event) => c.dispatch({ type: 'edit', patch: { [field]: (e.target as HTMLInputElement).checked } })}
      />
      <label for=${id}>${label}</label>
    </div>
    ${help === null ? nothing : html`<p part="help" class="help choice-help" id=${`${id}-help`}>${help}</p>`} ${feedback(`${id}-error`, err)}
  </div>`;
}

function loadFromField(c: SettingsFormContext): TemplateResult {
  const id = settingsFieldId('loadFrom');
  const err = error(c, 'loadFrom');
  return html`<div part="field" class="field date-field">
    <label for=${id}>${c.t.list.loadFrom}</label>
    <input
      part="input"
      id=${id}
      type="date"
      .value=${live(c.state.draft.loadFrom)}
      ?readonly=${c.state.status === 'saving'}
      aria-invalid=${err === null ? 'false' : 'true'}
      aria-describedby=${ifDefined(describedBy(`${id}-help`, err !== null && `${id}-error`))}
      @input=${(e: Event) => c.dispatch({ type: 'edit', patch: { loadFrom: (e.target as HTMLInputElement).value } })}
      @blur=${() => c.dispatch({ type: 'blur', field: 'loadFrom' })}
    />
    <p part="help" class="help" id=${`${id}-help`}>${c.t.list.loadFromHelp}</p>
    ${feedback(`${id}-error`, err)}
  </div>`;
}

/** Where the provider does not offer an option, the option is absent and this says why. */
function missingOption(id: string, text: string): TemplateResult {
  return html`<p part="help" class="help" id=${id}>${text}</p>`;
}

/**
 * The mailbox's settings: sender display name, load and send through it (only
 * where its provider does), default, shared, and the date mail is loaded from.
 */
export function settingsForm(c: SettingsFormContext): TemplateResult {
  const t = c.t;
  const { state, view } = c;
  const saving = state.status === 'saving';
  const { canLoad, canSend } = mailboxOptions(state);
  const providerName = state.provider?.name ?? t.list.unknownProvider;
  // Changed elsewhere: say so and offer the latest version; the draft stays as typed.
  const stale = isStaleMailbox(state.saveFailure);
  const failure = stale ? t.common.staleVersion : state.saveFailure ? describeError(t, state.saveFailure.kind) : null;
  return html`<form part="form" novalidate aria-labelledby="settings-title" aria-busy=${saving ? 'true' : 'false'} @submit=${c.onSubmit}>
    <div part="heading" class="dialog-heading" role="heading" aria-level="2" id="settings-title">
      ${t.list.settingsTitle({ address: state.account.email })}
    </div>
    ${view.blocked ? html`<div part="notice" class="notice warning" role="note" id="settings-blocked">${t.list.settingsBlocked}</div>` : nothing}
    ${
      failure
        ? html`<div part="notice" class="notice danger" role="alert" id="settings-failure" tabindex="-1">
            <strong>${failure.title}</strong> ${failure.action}
            ${stale ? html`<button part="button" type="button" id="settings-reload" @click=${c.onReload}>${t.common.reload}</button>` : nothing}
          </div>`
        : nothing
    }
    ${textField({
      id: settingsFieldId('displayName'),
      label: t.list.displayName,
      value: state.draft.displayName,
      error: error(c, 'displayName'),
      help: t.list.displayNameHelp,
      readonly: saving,
      autocomplete: 'off',
      onInput: (displayName) => c.dispatch({ type: 'edit', patch: { displayName } }),
      onBlur: () => c.dispatch({ type: 'blur', field: 'displayName' }),
    })}
    <fieldset part="group" class="group">
      <legend>${t.form.delivery}</legend>
      <div class="choices">
        ${canLoad ? checkbox(c, 'loadEmails', t.list.loadThrough, null) : missingOption('no-load', t.list.providerDoesNotLoad({ name: providerName }))}
        ${canSend ? checkbox(c, 'sendEmails', t.list.sendThrough, null) : missingOption('no-send', t.list.providerDoesNotSend({ name: providerName }))}
      </div>
    </fieldset>
    <div class="choices standalone">
      ${checkbox(c, 'isDefault', t.list.defaultMailbox, t.list.defaultMailboxHelp)}
      ${checkbox(c, 'isShared', t.list.sharedMailbox, t.list.sharedMailboxHelp)}
    </div>
    ${loadFromField(c)}
    <div part="summary" class="summary">${c.summary}</div>
    <div part="actions" class="actions">
      <button part="button primary-button" class="primary" type="submit" aria-disabled=${saving || view.blocked ? 'true' : 'false'}>
        ${saving ? t.common.saving : t.common.save}
      </button>
      <button part="button" type="button" @click=${c.onCancel}>${t.common.cancel}</button>
    </div>
  </form>`;
}

/**
 * The settings dialog's content for `state`: the form, after `announcer` — the
 * list's live region, rendered inside the modal dialog because the page behind
 * it is inert and would go unheard.
 */
export function settingsDialogContent(o: {
  readonly t: Messages;
  readonly state: MailboxSettingsState;
  readonly announcer: TemplateResult;
  readonly dispatch: (action: MailboxSettingsAction) => void;
  readonly onSave: () => void;
  readonly onCancel: (event: Event) => void;
  readonly onReload: () => void;
}): TemplateResult {
  const view = mailboxSettingsView(o.state);
  const count = Object.keys(view.errors).length;
  return html`${o.announcer}${settingsForm({
    t: o.t,
    state: o.state,
    view,
    summary: o.state.submitted && count > 0 ? o.t.common.errorSummary({ count }) : '',
    dispatch: o.dispatch,
    onSubmit: (event) => {
      event.preventDefault();
      o.onSave();
    },
    onCancel: o.onCancel,
    onReload: o.onReload,
  })}`;
}
