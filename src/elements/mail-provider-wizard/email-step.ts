import { html, type TemplateResult } from 'lit';
import { textField } from '../internal/field-templates.js';
import { fieldError, type StepContext } from './step-context.js';

/** Step 1 (R5): the address. Enter submits the step's form, which is Next. */
export function renderEmailStep(c: StepContext): TemplateResult {
  return html`${textField({
    id: 'email',
    label: c.t.wizard.emailLabel,
    value: c.state.email,
    error: fieldError(c, 'email'),
    help: c.t.wizard.emailHelp,
    required: true,
    autocomplete: 'email',
    inputmode: 'email',
    spellcheck: false,
    onInput: (email) => c.dispatch({ type: 'edit-email', email }),
    onBlur: () => c.dispatch({ type: 'blur', field: 'email' }),
  })}`;
}
