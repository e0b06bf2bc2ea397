import { css } from 'lit';
import { fieldStyles } from '../internal/field-templates.js';

/** Layout of `<provider-settings-form>`; colours and sizes come from the shared tokens. */
export const formStyles = css`
  ${fieldStyles}

  /* The note and an invisible copy that keeps its room in one cell: no shift when it appears. */
  .note-room {
    display: grid;
  }

  .note-room > * {
    grid-area: 1 / 1;
  }

  :host {
    max-inline-size: var(--mpe-provider-form-max-width, 42rem);
    --_gap: var(--mpe-provider-form-gap, 1rem);
  }

  .heading {
    margin: 0 0 var(--_gap);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  form {
    display: block;
  }

  fieldset.body {
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    border: 0;
  }

  .feedback:empty {
    display: none;
  }

  .choice-help {
    flex-basis: 100%;
    margin-inline-start: calc(1.125rem + var(--_mpe-space));
  }

  .choice {
    flex-wrap: wrap;
  }

  .example {
    margin-block-start: var(--_mpe-space);
    font-variant-numeric: tabular-nums;
  }

  .endpoint-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 6.5rem 9rem;
    gap: 0 var(--_mpe-space);
    align-items: start;
  }

  .endpoint-row .field {
    margin-block-end: 0;
  }

  @media (max-width: 36rem) {
    .endpoint-row {
      grid-template-columns: 1fr 1fr;
    }

    .endpoint-row > .grow {
      grid-column: 1 / -1;
    }
  }

  .secret-set {
    flex: 1 1 auto;
    margin: 0;
    font-weight: 600;
    color: var(--_mpe-success);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space);
    margin: calc(var(--_mpe-space) * -1) 0 calc(var(--_mpe-space) * 2);
    padding: 0;
    list-style: none;
  }

  .chip {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_mpe-space) / 2);
    padding-inline-start: var(--_mpe-space);
    background: var(--_mpe-surface-raised);
    border: 1px solid var(--_mpe-border);
    border-radius: 999px;
  }

  .chip.invalid {
    border: 2px solid var(--_mpe-danger);
  }

  .chip.invalid > span {
    text-decoration: underline wavy var(--_mpe-danger);
  }

  .chip-errors {
    margin: calc(var(--_mpe-space) * -1) 0 calc(var(--_mpe-space) * 2);
  }

  .chip-errors:empty {
    display: none;
  }

  .registration {
    margin-block-end: calc(var(--_mpe-space) * 2);
  }

  .label {
    font-weight: 600;
  }

  .chip .remove {
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding: 0;
    background: transparent;
    border: 0;
    border-radius: 999px;
    font-size: 1.25em;
    line-height: 1;
  }

  .summary:empty {
    display: none;
  }

  .summary {
    margin-block-start: var(--_gap);
  }

  .notice[tabindex='-1']:focus {
    outline: 2px solid var(--_mpe-focus);
  }

  .notice button {
    margin-inline-start: var(--_mpe-space);
  }

  .warning-text {
    color: var(--_mpe-warning);
  }

  /* Issue 12: import/export, the OAuth application helper, the advisor's notes */
  .transfer {
    margin-block-end: var(--_gap, 1rem);
  }

  .transfer-actions {
    margin-block-start: 0;
  }

  .redirect-uri .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpe-space);
  }

  .redirect-uri input {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }

  .permissions {
    margin-block-end: var(--_gap, 1rem);
  }

  .permissions p {
    margin: 0;
  }

  .permissions ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .advisories .notice {
    margin-block: var(--_mpe-space);
  }
`;
