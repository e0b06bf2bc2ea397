import { css } from 'lit';

/** Styles of the stage list and its tools; the elements add them to their `static styles` (the view itself loads with the check). */
export const checkStagesStyles = css`
  .check-stages {
    display: grid;
    gap: calc(var(--_mpe-space) * 0.5);
    margin: 0 0 var(--_mpe-space);
    padding: 0;
    list-style: none;
  }

  .stage {
    display: flex;
    gap: var(--_mpe-space);
    align-items: baseline;
    color: var(--_mpe-text-muted);
  }

  .stage-icon {
    display: inline-block;
    inline-size: 1.25em;
    font-weight: 700;
    text-align: center;
  }

  .stage.running,
  .stage.passed {
    color: var(--_mpe-text);
  }

  .stage.passed .stage-icon {
    color: var(--_mpe-success);
  }

  .stage.failed {
    color: var(--_mpe-danger);
    font-weight: 600;
  }

  .stage.running .stage-icon {
    animation: mpe-stage-pulse 1s ease-in-out infinite alternate;
  }

  @keyframes mpe-stage-pulse {
    to {
      opacity: 0.3;
    }
  }

  .check-actions {
    margin-block-start: 0;
  }

  .manual-copy {
    inline-size: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.8125em;
  }
`;
