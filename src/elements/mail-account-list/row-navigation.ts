import type { ReactiveControllerHost } from 'lit';
import { rowForKey } from '../../flows/list-window.js';
import type { ListWindow } from './list-window.js';

export type RowSection = 'accounts' | 'providers';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Moving focus between windowed rows: arrows, Page keys, Home and End go to the
 * same action of another row, rendering it first when it is out of view.
 */
export class RowNavigation {
  constructor(
    private readonly host: Host,
    private readonly windows: Readonly<Record<RowSection, ListWindow>>,
  ) {}

  /** Scrolls row `index` of `section` into view and focuses its `action` button. */
  async focus(section: RowSection, index: number, action: string): Promise<void> {
    this.windows[section].reveal(index);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`.${section}-viewport [data-index="${index}"] [data-action="${action}"]`)?.focus();
  }

  /** A key pressed on a row's button; `count` is how many rows the section shows. */
  onKeydown(event: KeyboardEvent, section: RowSection, count: number): void {
    const button = event.target as HTMLElement;
    const action = button.dataset.action;
    const row = button.closest<HTMLElement>('[data-index]');
    if (action === undefined || !row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = rowForKey(event.key, Number(row.dataset.index), count, this.windows[section].pageSize);
    if (target === null) return;
    event.preventDefault();
    void this.focus(section, target, action);
  }
}
