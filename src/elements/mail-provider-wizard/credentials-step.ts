import { html, nothing, type TemplateResult } from 'lit';
import type { MailProvider } from '../../model/index.js';
import { describedBy, feedback, textField } from '../internal/field-templates.js';
import { describeError } from '../../i18n/format.js';
import { secretToggle } from '../internal/ui.js';
import { fieldError, type StepContext } from './step-context.js';

function renderLogin(c: StepContext, provider: MailProvider): TemplateResult {
  const t = c.t.wizard;
  const editable = c.view.loginEditable;
  return textField({
    id: 'login',
    label: t.loginLabel,
    value: c.view.login,
    error: fieldError(c, 'login'),
    help: editable ? t.loginManualHelp : t.loginDerivedHelp({ name: c.t.form.loginFormats[provider.loginFormat] }),
    required: editable,
    readonly: !editable,
    autocomplete: 'username',
    spellcheck: false,
    onInput: (login) => c.dispatch({ type: 'edit-login', login }),
    onBlur: () => c.dispatch({ type: 'blur', field: 'login' }),
  });
}

/** Basic (R12): the password. Never reflected to an attribute, never in an event (B3). */
function renderPassword(c: StepContext): TemplateResult {
  const toggle = secretToggle(c.t, { controls: 'password', visible: c.passwordVisible, onToggle: c.togglePassword });
  return textField({
    id: 'password',
    label: c.t.wizard.passwordLabel,
    value: c.state.password,
    error: fieldError(c, 'password'),
    required: true,
    type: c.passwordVisible ? 'text' : 'password',
    autocomplete: 'current-password',
    spellcheck: false,
    onInput: (password) => c.dispatch({ type: 'edit-password', password }),
    onBlur: () => c.dispatch({ type: 'blur', field: 'password' }),
    after: toggle,
  });
}

function signInStatus(c: StepContext): string {
  const t = c.t.wizard;
  const signIn = c.state.signIn;
  switch (signIn.status) {
    case 'waiting':
      return t.signInWaiting;
    case 'signed-in':
      return t.signedInAs({ address: signIn.signedInAs });
    case 'cancelled':
      return t.signInCancelled;
    case 'failed':
      return `${t.signInFailed} ${describeError(c.t, signIn.kind).title}`;
    case 'idle':
      return '';
  }
}

/** OAuth 2.0 (R12): the host runs the sign-in; the wizard shows its progress and keeps only a grant reference. */
function renderSignIn(c: StepContext): TemplateResult {
  const t = c.t.wizard;
  if (!c.canSignIn) {
    return html`<p part="notice" class="notice warning" role="note" id="sign-in-unavailable">${t.signInUnavailable}</p>
      ${feedback('sign-in-error', fieldError(c, 'signIn'))}`;
  }
  const waiting = c.state.signIn.status === 'waiting';
  const error = fieldError(c, 'signIn');
  const status = signInStatus(c);
  const tone = c.state.signIn.status === 'signed-in' ? 'success' : c.state.signIn.status === 'failed' ? 'error' : '';
  return html`<div part="field" class="field">
    <div class="control-row start">
      <button
        part="button"
        type="button"
        id="sign-in"
        aria-disabled=${waiting ? 'true' : 'false'}
        aria-describedby=${describedBy('sign-in-help', status !== '' && 'sign-in-status', error !== null && 'sign-in-error') ?? ''}
        @click=${() => c.dispatch({ type: 'sign-in' })}
      >
        ${t.signIn}
      </button>
      ${waiting ? html`<button part="button" type="button" id="cancel-sign-in" @click=${c.cancelSignIn}>${t.cancelSignIn}</button>` : nothing}
    </div>
    <p part="help" class="help" id="sign-in-help">${t.signInHelp}</p>
    <div role="status" class="sign-in-status">
      ${status === '' ? nothing : html`<p class="status-text ${tone}" id="sign-in-status">${status}</p>`}
    </div>
    ${feedback('sign-in-error', error)}
  </div>`;
}

/** Step 3 (R11, R12): the login the provider's format gives, and a password or a sign-in. */
export function renderCredentialsStep(c: StepContext): TemplateResult {
  const provider = c.view.provider;
  if (!provider) return html``;
  // No Basic-authentication warning here: it advises administrators (choose OAuth 2.0), which a user adding a mailbox cannot act on.
  return html`
    <p class="intro">${c.t.wizard.usingProvider({ name: provider.name })} · ${c.t.form.authMethods[provider.auth.method]}</p>
    ${renderLogin(c, provider)} ${provider.auth.method === 'basic' ? renderPassword(c) : renderSignIn(c)}
  `;
}
