import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { focusAfterRender } from './focus-after.js';
import { oauthRegistrationHelp } from './oauth-help.js';
import { AUTH_METHODS, LOGIN_FORMATS, SECURITY_MODES, SERVICE_TYPES, deriveLogin, type EndpointDraft } from '../../model/index.js';
import { describedBy, feedback, radioGroup, textField } from '../internal/field-templates.js';
import { formatIssue } from '../../i18n/format.js';
import { secretToggle } from '../internal/ui.js';
import { renderDomains } from './domains-field.js';
import { blur, error, note, type FieldsContext } from './fields-context.js';

function renderExchange(c: FieldsContext): TemplateResult {
  return textField({
    id: 'serviceAddress',
    label: c.t.form.serviceAddress,
    value: c.form.draft.serviceAddress,
    error: error(c, 'serviceAddress'),
    help: c.t.form.serviceAddressHelp,
    ...note(c, 'serviceAddress'),
    required: true,
    readonly: c.saving,
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: false,
    onInput: (serviceAddress) => c.dispatch({ type: 'edit', patch: { serviceAddress } }),
    onBlur: blur(c, 'serviceAddress'),
  });
}

function renderEndpoint(c: FieldsContext, key: 'incoming' | 'outgoing'): TemplateResult {
  const endpoint = c.form.draft[key];
  const patch = (change: Partial<EndpointDraft>) => c.dispatch({ type: 'edit', patch: { [key]: { ...endpoint, ...change } } });
  const t = c.t.form;
  const legend = key === 'incoming' ? t.incomingServer : t.outgoingServer;
  const securityId = `${key}-security`;
  return html`<fieldset part="group" class="group endpoint">
    <legend>${key === 'incoming' ? t.incomingGroup : t.outgoingGroup}</legend>
    <div class="endpoint-row">
      ${textField({
        id: `${key}-host`,
        label: legend,
        value: endpoint.host,
        error: error(c, `${key}.host`),
        help: key === 'incoming' ? t.incomingHelp : t.outgoingHelp,
        ...note(c, `${key}.host`),
        required: true,
        readonly: c.saving,
        inputmode: 'url',
        autocomplete: 'off',
        spellcheck: false,
        className: 'grow',
        onInput: (host) => patch({ host }),
        onBlur: blur(c, `${key}.host`),
      })}
      ${textField({
        id: `${key}-port`,
        label: t.port,
        hiddenLabelPrefix: legend,
        value: endpoint.port,
        error: error(c, `${key}.port`),
        required: true,
        readonly: c.saving,
        inputmode: 'numeric',
        autocomplete: 'off',
        className: 'port',
        onInput: (port) => patch({ port }),
        onBlur: blur(c, `${key}.port`),
      })}
      <div part="field" class="field security">
        <label for=${securityId}><span class="visually-hidden">${legend} </span>${t.security}</label>
        <select
          part="input"
          id=${securityId}
          ?disabled=${c.saving}
          aria-describedby=${ifDefined(endpoint.security === 'none' ? `${securityId}-hint` : undefined)}
          @change=${(e: Event) => patch({ security: (e.target as HTMLSelectElement).value as EndpointDraft['security'] })}
        >
          ${SECURITY_MODES.map((mode) => html`<option value=${mode} .selected=${live(mode === endpoint.security)}>${t.securityModes[mode]}</option>`)}
        </select>
        ${endpoint.security === 'none' ? html`<p part="help" class="help warning-text" id=${`${securityId}-hint`}>${t.securityNoneHint}</p>` : nothing}
      </div>
    </div>
  </fieldset>`;
}

function renderDelivery(c: FieldsContext): TemplateResult {
  const err = error(c, 'delivery');
  const box = (id: string, label: string, checked: boolean, patch: 'loadEmails' | 'sendEmails') => html`<div class="choice">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      ?disabled=${c.saving}
      @change=${(e: Event) => c.dispatch({ type: 'edit', patch: { [patch]: (e.target as HTMLInputElement).checked } })}
    />
    <label for=${id}>${label}</label>
  </div>`;
  // R10: the error belongs to the group; the fieldset carries it for assistive technology.
  return html`<fieldset
    part="group"
    class="group"
    id="delivery"
    ?data-invalid=${err !== null}
    aria-describedby=${describedBy('delivery-help', err !== null && 'delivery-error') ?? ''}
  >
    <legend>${c.t.form.delivery}</legend>
    <div class="choices">
      ${box('load-emails', c.t.form.loadEmails, c.form.draft.loadEmails, 'loadEmails')}
      ${box('send-emails', c.t.form.sendEmails, c.form.draft.sendEmails, 'sendEmails')}
    </div>
    <p part="help" class="help" id="delivery-help">${c.t.form.deliveryHelp}</p>
    ${feedback('delivery-error', err)}
  </fieldset>`;
}

/** The login the chosen format yields for a sample address on the provider's first domain (R11). */
function loginExample(c: FieldsContext): string {
  const format = c.form.draft.loginFormat;
  if (format === 'manual') return c.t.form.loginFormatHelp.manual;
  const sample = `example@${c.form.draft.domains[0] ?? 'example.com'}`;
  const derived = deriveLogin(sample, format);
  return derived.ok ? c.t.form.loginExample({ login: derived.login }) : '';
}

function renderLoginFormat(c: FieldsContext): TemplateResult {
  const t = c.t.form;
  return radioGroup({
    id: 'login-format',
    legend: t.loginFormat,
    name: 'loginFormat',
    value: c.form.draft.loginFormat,
    options: LOGIN_FORMATS.map((value) => ({ value, label: t.loginFormats[value] })),
    disabled: c.saving,
    describedBy: 'login-example',
    onChange: (loginFormat) => c.dispatch({ type: 'edit', patch: { loginFormat } }),
    after: html`<p part="help" class="help example" id="login-example" aria-live="polite">${loginExample(c)}</p>`,
  });
}

function renderSecret(c: FieldsContext): TemplateResult {
  const t = c.t.form;
  const draft = c.form.draft;
  if (draft.hasStoredSecret && !draft.replaceSecret) {
    return html`<div part="field" class="field">
      <span class="label" id="client-secret-label">${t.clientSecret}</span>
      <div class="control-row">
        <p class="secret-set" id="client-secret-state">${t.secretSet}</p>
        <button
          part="button"
          type="button"
          id="replace-secret"
          ?disabled=${c.saving}
          aria-describedby="client-secret-state"
          @click=${(e: Event) => {
            c.dispatch({ type: 'edit', patch: { replaceSecret: true } });
            focusAfterRender(e.currentTarget as Element, (root) => root.querySelector<HTMLElement>('#client-secret'));
          }}
        >
          ${t.replaceSecret}
        </button>
      </div>
      <p part="help" class="help">${t.secretNeverShown}</p>
    </div>`;
  }
  const toggle = secretToggle(c.t, { controls: 'client-secret', visible: c.secretVisible, onToggle: c.toggleSecret });
  const keep = draft.hasStoredSecret
    ? html`<button
        part="button"
        type="button"
        id="keep-secret"
        ?disabled=${c.saving}
        @click=${(e: Event) => {
          c.dispatch({ type: 'edit', patch: { replaceSecret: false, clientSecret: '' } });
          focusAfterRender(e.currentTarget as Element, (root) => root.querySelector<HTMLElement>('#replace-secret'));
        }}
      >
        ${t.keepSecret}
      </button>`
    : nothing;
  return textField({
    id: 'client-secret',
    label: t.clientSecret,
    value: draft.clientSecret,
    error: error(c, 'auth.clientSecret'),
    help: t.clientSecretHelp,
    required: true,
    readonly: c.saving,
    type: c.secretVisible ? 'text' : 'password',
    autocomplete: 'new-password',
    spellcheck: false,
    onInput: (clientSecret) => c.dispatch({ type: 'edit', patch: { clientSecret } }),
    onBlur: blur(c, 'auth.clientSecret'),
    after: html`${toggle}${keep}`,
  });
}

function renderAuth(c: FieldsContext): TemplateResult {
  const t = c.t.form;
  const draft = c.form.draft;
  const warning = c.diagnostics.basicWarning(c.view.warnings['auth.method']);
  const oauth = html`
    ${textField({
      id: 'client-id',
      label: t.clientId,
      value: draft.clientId,
      error: error(c, 'auth.clientId'),
      help: t.clientIdHelp,
      required: true,
      readonly: c.saving,
      autocomplete: 'off',
      spellcheck: false,
      onInput: (clientId) => c.dispatch({ type: 'edit', patch: { clientId } }),
      onBlur: blur(c, 'auth.clientId'),
    })}
    ${renderSecret(c)}
    ${oauthRegistrationHelp(c)}${c.diagnostics.renderOAuthHelper()}
  `;
  return html`${radioGroup({
    id: 'auth-method',
    legend: t.authMethod,
    name: 'authMethod',
    value: draft.authMethod,
    options: AUTH_METHODS.map((value) => ({ value, label: t.authMethods[value], help: t.authHelp[value] })),
    disabled: c.saving,
    describedBy: warning ? 'auth-warning' : undefined,
    onChange: (authMethod) => c.dispatch({ type: 'edit', patch: { authMethod } }),
  })}
    <div aria-live="polite">
      ${warning ? html`<p part="warning" class="notice warning" id="auth-warning">${formatIssue(c.t, warning, 'warning')}</p>` : nothing}
    </div>${c.diagnostics.renderNotes()}
    ${draft.authMethod === 'oauth2' ? oauth : nothing}`;
}

/** The form's fields, in display order. Hidden fields are not rendered; their values stay in the draft (B2). */
export function renderFields(c: FieldsContext): TemplateResult {
  const t = c.t.form;
  const draft = c.form.draft;
  return html`
    ${radioGroup({
      id: 'service-type',
      legend: t.serviceType,
      name: 'type',
      value: draft.type,
      options: SERVICE_TYPES.map((value) => ({ value, label: t.serviceTypes[value] })),
      disabled: c.saving,
      onChange: (type) => c.dispatch({ type: 'edit', patch: { type } }),
    })}
    ${textField({
      id: 'name',
      label: t.name,
      value: draft.name,
      error: error(c, 'name'),
      help: t.nameHelp,
      required: true,
      readonly: c.saving,
      autocomplete: 'off',
      onInput: (name) => c.dispatch({ type: 'edit', patch: { name } }),
      onBlur: blur(c, 'name'),
    })}
    ${draft.type === 'exchange' ? renderExchange(c) : html`${renderEndpoint(c, 'incoming')}${renderEndpoint(c, 'outgoing')}`}
    ${renderDelivery(c)} ${renderLoginFormat(c)} ${renderAuth(c)} ${renderDomains(c)}
  `;
}
