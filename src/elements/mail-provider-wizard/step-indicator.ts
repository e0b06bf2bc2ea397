import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WIZARD_STEPS, stepNumber, type WizardStep } from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';

/** The steps as an ordered list; the current one has `aria-current="step"`, done ones say so. */
export function renderStepIndicator(t: Messages, step: WizardStep, finished = false): TemplateResult {
  // Once saved, the last step is done too: nothing is current.
  const current = finished ? WIZARD_STEPS.length + 1 : stepNumber(step);
  return html`<ol part="steps" class="steps" aria-label=${t.wizard.progress}>
    ${WIZARD_STEPS.map((name, index) => {
      const number = index + 1;
      const state = number < current ? 'done' : number === current ? 'current' : 'todo';
      return html`<li part="step step-${state}" class="step" data-state=${state} aria-current=${ifDefined(state === 'current' ? 'step' : undefined)}>
        <span class="step-number" aria-hidden="true">${state === 'done' ? '✓' : number}</span>
        <span class="step-name">${t.wizard.steps[name]}</span>${
          state === 'done' ? html`<span class="visually-hidden">, ${t.wizard.stepCompleted}</span>` : nothing
        }
      </li>`;
    })}
  </ol>`;
}
