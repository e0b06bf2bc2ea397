import { html, nothing, type TemplateResult } from 'lit';
import type { DiagnosticMessages } from '../../i18n/diagnostics.js';
import { describeError } from '../../i18n/format.js';
import type { Messages, Problem } from '../../i18n/messages.js';
import type { CheckStageState, Diagnosis } from '../../model/index.js';
import type { CheckProgress } from './check-progress.js';

// A shape per state, so the state never rests on colour alone.
const ICONS: Readonly<Record<CheckStageState, string>> = { waiting: '○', running: '◌', passed: '✓', failed: '✕', skipped: '–' };

/** The cause and the fix of a failed check: the translator's when it knows the words, else the error kind's. */
export function checkProblem(t: Messages, dt: DiagnosticMessages | undefined, diagnosis: Diagnosis): Problem {
  return diagnosis.code && dt ? dt.causes[diagnosis.code] : describeError(t, diagnosis.kind);
}

/**
 * The list named "Connection check": one item per stage, its state in its text
 * (changes are announced by the progress's own polite region). Nothing until the
 * adapter reports a stage and the diagnostics texts are in.
 */
export function renderCheckStages(progress: CheckProgress): TemplateResult | typeof nothing {
  const dt = progress.messages;
  if (!dt || !progress.reported || progress.phase === 'idle') return nothing;
  return html`<ol part="check-stages" class="check-stages" aria-label=${dt.tools.connectionCheck}>
    ${progress.rows.map(
      (row) =>
        html`<li part="check-stage" class="stage ${row.state}" data-stage=${row.stage} data-state=${row.state}>
          <span class="stage-icon" aria-hidden="true">${ICONS[row.state]}</span>
          <span>${dt.stageItem({ stage: dt.stages[row.stage], state: dt.states[row.state], ...(row.durationMs === undefined ? {} : { durationMs: row.durationMs }) })}</span>
        </li>`,
    )}
  </ol>`;
}

/** What the finished check offers: Copy diagnostics, and Save anyway where allowed; the report to copy by hand if the clipboard refused. */
export function renderCheckTools(
  progress: CheckProgress,
  options: { readonly copy: () => void; readonly manualCopy: string | null; readonly saveAnyway?: () => void },
): TemplateResult | typeof nothing {
  if (!progress.messages || (progress.phase !== 'passed' && progress.phase !== 'failed')) return nothing;
  const d = progress.messages.tools;
  return html`<div class="check-tools">
    <div part="actions" class="actions check-actions">
      <button part="button" type="button" id="copy-diagnostics" @click=${options.copy}>${d.copyDiagnostics}</button>
      ${
        options.saveAnyway
          ? html`<button part="button" type="button" id="save-anyway" aria-describedby="save-anyway-help" @click=${options.saveAnyway}>${d.saveAnyway}</button>`
          : nothing
      }
    </div>
    ${options.saveAnyway ? html`<p part="help" class="help" id="save-anyway-help">${d.saveAnywayHelp}</p>` : nothing}
    ${
      options.manualCopy === null
        ? nothing
        : html`<p part="help" class="help" id="manual-copy-help">${d.copyFailed}</p>
          <textarea part="input" class="manual-copy" readonly rows="8" aria-label=${d.copyDiagnostics} aria-describedby="manual-copy-help" .value=${options.manualCopy}></textarea>`
    }
  </div>`;
}
