import { html, type TemplateResult } from 'lit';
import { providerOAuthHelp } from '../../flows/provider-form.js';
import type { FieldsContext } from './fields-context.js';

/** Where to register the OAuth application, for the service the provider is (issue 11, item 5). */
export function oauthRegistrationHelp(c: FieldsContext): TemplateResult {
  const help = providerOAuthHelp(c.form.draft);
  if (help === 'microsoft') {
    return html`<p part="help" class="help registration">
      ${c.t.form.oauthRegistration}
      <a href=${c.oauthHelpUrl} target="_blank" rel="noopener noreferrer">${c.t.form.oauthRegistrationLink}</a>
    </p>`;
  }
  return html`<p part="help" class="help registration">${c.t.lifecycle.oauthHelp[help]}</p>`;
}
