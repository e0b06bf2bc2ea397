import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatIssue } from '../../i18n/format.js';
import { textField } from '../internal/field-templates.js';
import { error, type FieldsContext } from './fields-context.js';
import { focusAfterRender } from './focus-after.js';

/**
 * Domains (R6): a box that adds one or more domains on Enter or Add domain, and
 * the added ones as chips, each with its own Remove button and error.
 */
export function renderDomains(c: FieldsContext): TemplateResult {
  const t = c.t.form;
  const entryError = c.form.domainEntryError ? formatIssue(c.t, c.form.domainEntryError) : null;
  const add = html`<button part="button" type="button" id="add-domain" ?disabled=${c.saving} @click=${() => c.dispatch({ type: 'add-domains' })}>
    ${t.addDomain}
  </button>`;
  return html`<div class="domains">
    ${textField({
      id: 'domains',
      label: t.domains,
      value: c.form.domainEntry,
      error: entryError,
      help: t.domainsHelp,
      readonly: c.saving,
      autocomplete: 'off',
      spellcheck: false,
      onInput: (text) => c.dispatch({ type: 'domain-entry', text }),
      // Enter adds the domain, as in any chip input, instead of submitting the form.
      onKeydown: (event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        c.dispatch({ type: 'add-domains' });
      },
      after: add,
    })}
    ${
      c.form.draft.domains.length === 0
        ? nothing
        : html`<ul class="chips" aria-label=${t.domains}>
            ${c.form.draft.domains.map((domain, index) => {
              const invalid = error(c, `domains.${index}`) !== null;
              return html`<li part="chip" class="chip ${invalid ? 'invalid' : ''}">
                <span>${domain}</span>
                <button
                  part="button"
                  type="button"
                  class="remove"
                  aria-label=${t.removeDomain({ domain })}
                  aria-describedby=${ifDefined(invalid ? `domain-${index}-error` : undefined)}
                  ?disabled=${c.saving}
                  @click=${(e: Event) => {
                    c.dispatch({ type: 'remove-domain', index });
                    // The chip that took its place, else the one before, else the Domains box.
                    focusAfterRender(e.currentTarget as Element, (root) => {
                      const removes = root.querySelectorAll<HTMLElement>('.chips button');
                      return removes[Math.min(index, removes.length - 1)] ?? root.querySelector<HTMLElement>('#domains');
                    });
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>`;
            })}
          </ul>
          <div class="chip-errors" aria-live="polite">
            ${c.form.draft.domains.map((_, index) => {
              const chipError = error(c, `domains.${index}`);
              return chipError === null ? nothing : html`<p part="error" class="error" id=${`domain-${index}-error`}>${chipError}</p>`;
            })}
          </div>`
    }
  </div>`;
}
