import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { MailProviderSavedEvent } from '../../events/provider-events.js';
import type { ProviderDraft } from '../../model/index.js';
import { renderActions } from './actions.js';
import { renderCheckStep } from './check-step.js';
import { renderCredentialsStep } from './credentials-step.js';
import { renderEmailStep } from './email-step.js';
import { renderProviderStep } from './provider-step.js';
import type { StepContext } from './step-context.js';

/** What the current step's panel needs besides the step context. */
export interface PanelOptions {
  readonly level: number;
  readonly stepName: string;
  readonly adapter: MailSetupAdapter | undefined;
  readonly locale: string | undefined;
  /** The embedded provider form's starting values (R7). */
  readonly formDefaults: (domain: string) => Partial<ProviderDraft>;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onCancel: (event: Event) => void;
  readonly onProviderSaved: (event: MailProviderSavedEvent) => void;
  readonly onProviderFormCancelled: (event: Event) => void;
}

function renderStep(c: StepContext): TemplateResult {
  switch (c.state.step) {
    case 'email':
      return renderEmailStep(c);
    case 'provider':
    case 'provider-form':
      return renderProviderStep(c);
    case 'credentials':
      return renderCredentialsStep(c);
    case 'check':
      return renderCheckStep(c);
  }
}

/** The current step: its heading, fields and buttons — or, for a new provider, the embedded form. */
export function renderPanel(c: StepContext, o: PanelOptions): TemplateResult {
  const stepHeading = html`<div part="step-heading" class="step-heading" role="heading" aria-level=${Math.min(6, o.level + 1)} id="step-heading">
    ${o.stepName}
  </div>`;
  const lookup = c.state.lookup;
  if (c.state.step === 'provider-form' && lookup.status === 'done') {
    // R7: the provider form, inside the wizard; its Apply and Cancel bring the user back.
    return html`<section part="panel" class="panel" aria-labelledby="step-heading">
      ${stepHeading}
      <provider-settings-form
        part="provider-form"
        .adapter=${o.adapter}
        .defaults=${o.formDefaults(lookup.domain)}
        locale=${ifDefined(o.locale)}
        heading-level=${Math.min(6, o.level + 2)}
        @mail-provider-saved=${o.onProviderSaved}
        @mail-provider-form-cancelled=${o.onProviderFormCancelled}
      ></provider-settings-form>
    </section>`;
  }
  return html`<form part="panel" class="panel" novalidate aria-labelledby="step-heading" aria-busy=${c.view.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
    ${stepHeading} ${renderStep(c)} ${renderActions(c, o.onCancel)}
  </form>`;
}
