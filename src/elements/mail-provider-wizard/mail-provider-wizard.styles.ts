import { css } from 'lit';
import { checkStagesStyles } from '../internal/check-stages.styles.js';
import { fieldStyles } from '../internal/field-templates.js';

/** Layout of `<mail-provider-wizard>`; colours and sizes come from the shared tokens. */
export const wizardStyles = css`
  ${fieldStyles}

  ${checkStagesStyles}

  :host {
    max-inline-size: var(--mpe-wizard-max-width, 40rem);
    --_gap: var(--mpe-wizard-gap, 1rem);
    --_step-size: var(--mpe-wizard-step-size, 1.75rem);
  }

  .heading {
    margin: 0 0 var(--_gap);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space) calc(var(--_mpe-space) * 3);
    margin: 0 0 var(--_gap);
    padding: 0 0 var(--_gap);
    list-style: none;
    border-block-end: 1px solid var(--_mpe-border);
  }

  .step {
    display: flex;
    align-items: center;
    gap: var(--_mpe-space);
    color: var(--_mpe-text-muted);
  }

  .step-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    inline-size: var(--_step-size);
    block-size: var(--_step-size);
    font-size: 0.875em;
    font-weight: 700;
    border: 2px solid var(--_mpe-border);
    border-radius: 50%;
  }

  .step[data-state='current'] {
    color: var(--_mpe-text);
    font-weight: 700;
  }

  .step[data-state='current'] .step-number {
    color: var(--_mpe-on-accent);
    background: var(--_mpe-accent);
    border-color: var(--_mpe-accent);
  }

  .step[data-state='done'] .step-number {
    color: var(--_mpe-success);
    border-color: var(--_mpe-success);
  }

  .panel {
    display: block;
  }

  .step-heading {
    margin: 0 0 var(--_gap);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
  }

  /* Focus lands here on a step change: for the screen reader's sake, not as a control. */
  .step-heading:focus {
    outline: none;
  }

  .intro {
    margin: 0 0 var(--_gap);
  }

  .control-row.start {
    flex-wrap: wrap;
  }

  input[readonly] {
    color: var(--_mpe-text-muted);
    background: var(--_mpe-surface-raised);
  }

  .feedback:empty,
  .status:empty,
  .sign-in-status:empty {
    display: none;
  }

  .choice {
    flex-wrap: wrap;
  }

  .choice-help {
    flex-basis: 100%;
    margin-inline-start: calc(1.125rem + var(--_mpe-space));
  }

  /* Many providers: a fixed row height, so the rows in view are found by arithmetic. */
  .provider-viewport {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  .provider-rows {
    position: relative;
  }

  .provider-row {
    position: absolute;
    inset-inline: 0;
    box-sizing: border-box;
    block-size: 4.5rem;
    margin: 0;
    padding: calc(var(--_mpe-space) / 2) var(--_mpe-space);
    overflow: hidden;
  }

  .add-provider {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_mpe-space) / 2);
    margin-block-end: calc(var(--_mpe-space) * 2);
  }

  .link-button {
    min-block-size: auto;
    margin-block-end: calc(var(--_mpe-space) * 2);
    padding: 0;
    color: var(--_mpe-accent);
    background: none;
    border: 0;
    text-decoration: underline;
  }

  .status-text {
    margin: 0;
    font-weight: 600;
  }

  .status-text.error {
    color: var(--_mpe-danger);
  }

  .notice[tabindex='-1']:focus {
    outline: 2px solid var(--_mpe-focus);
  }

  .notice button {
    margin-inline-start: var(--_mpe-space);
  }

  .notice.success {
    background: var(--_mpe-surface-raised);
  }

  .summary {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: calc(var(--_mpe-space) / 2) calc(var(--_mpe-space) * 2);
    margin: 0 0 var(--_gap);
  }

  .summary > div {
    display: contents;
  }

  .summary dt {
    font-weight: 600;
  }

  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 30rem) {
    .summary {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }

    .summary dd {
      margin-block-end: var(--_mpe-space);
    }
  }

  .outcome {
    min-block-size: 1.5em;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: var(--_mpe-space);
  }

  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_mpe-border);
    border-block-start-color: var(--_mpe-accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .actions {
    margin-block-start: var(--_gap);
  }

  /* Cancel sits apart from the way forward. */
  .actions > #cancel {
    margin-inline-start: auto;
  }

  provider-settings-form {
    padding: var(--_gap);
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }
`;
