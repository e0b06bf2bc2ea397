import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  ACCOUNT_PAGE_SIZE,
  FILTER_PAGE_SIZE,
  PREFETCH_ROWS,
  initialListFlowState,
  listEffects,
  listFlowReducer as reduce,
  listJobFailed,
  needsPage,
  pagingComplete,
  type ListEffect,
  type ListFlowAction,
  type ListFlowState,
} from '../../src/flows/index.js';
import { createDemoData, type MailAccount } from '../../src/index.js';

const [template] = createDemoData().accounts;
const mailboxes = (from: number, count: number): MailAccount[] =>
  Array.from({ length: count }, (_, i) => ({ ...template!, id: `m-${from + i}`, email: `user${from + i}@contoso.com`, isDefault: false }));

function step(state: ListFlowState, action: ListFlowAction) {
  const next = reduce(state, action);
  return { next, effects: listEffects(state, next) };
}

function pageEffect(effects: { start: readonly ListEffect[] }): Extract<ListEffect, { type: 'page' }> | undefined {
  return effects.start.find((effect): effect is Extract<ListEffect, { type: 'page' }> => effect.type === 'page');
}

/** The first page in (of `loaded` mailboxes), more to come at `cursor`; `eager` for a whole answer. */
function firstPage(loaded = ACCOUNT_PAGE_SIZE, cursor: string | null = 'c1', eager = false) {
  const started = reduce(initialListFlowState(), { type: 'load', sections: ['accounts'], quiet: false });
  return step(started, {
    type: 'section-loaded',
    request: started.loads.accounts!,
    update: { type: 'accounts-loaded', accounts: mailboxes(0, loaded), nextCursor: cursor, eager },
  });
}

const loadedCount = (state: ListFlowState) => (state.data.accounts.status === 'ready' ? state.data.accounts.items.length : -1);

describe('account list flow: paging', () => {
  it('shows the first page and asks for nothing more until the view nears its end', () => {
    const { next, effects } = firstPage();
    expect(loadedCount(next)).to.equal(ACCOUNT_PAGE_SIZE);
    expect(pagingComplete(next.paging)).to.equal(false);
    expect(pageEffect(effects)).to.equal(undefined);
    const near = ACCOUNT_PAGE_SIZE - PREFETCH_ROWS;
    expect(reduce(next, { type: 'rows-wanted', rows: near - 1 }).paging!.request).to.equal(null);
    const wanted = step(next, { type: 'rows-wanted', rows: near + 1 });
    expect(pageEffect(wanted.effects)).to.include({ cursor: 'c1', limit: ACCOUNT_PAGE_SIZE, key: 'page:accounts' });
    // One page at a time: scrolling on while it loads asks for nothing more.
    expect(pageEffect(step(wanted.next, { type: 'rows-wanted', rows: near + 50 }).effects)).to.equal(undefined);
  });

  it('appends a page, skips a mailbox it already lists, and stops after the last page', () => {
    const { next } = firstPage(3, 'c1');
    const asked = reduce(next, { type: 'rows-wanted', rows: 3 });
    const request = asked.paging!.request!;
    const more = [...mailboxes(2, 1), ...mailboxes(3, 2)];
    const done = reduce(asked, { type: 'page-loaded', request, accounts: more, nextCursor: null });
    expect(loadedCount(done)).to.equal(5);
    expect(pagingComplete(done.paging)).to.equal(true);
    expect(reduce(done, { type: 'rows-wanted', rows: 5 }).paging!.request).to.equal(null);
    // An adapter that hands back the same cursor ends the paging rather than looping.
    const looping = reduce(asked, { type: 'page-loaded', request, accounts: [], nextCursor: 'c1' });
    expect(pagingComplete(looping.paging)).to.equal(true);
    // A stale answer (another request) changes nothing.
    expect(reduce(asked, { type: 'page-loaded', request: request + 9, accounts: more, nextCursor: null })).to.equal(asked);
  });

  it('reads every page, in bigger pages, while a filter is set', () => {
    const { next } = firstPage();
    const filtered = step(next, { type: 'filter', query: 'user7' });
    expect(pageEffect(filtered.effects)).to.include({ cursor: 'c1', limit: FILTER_PAGE_SIZE });
    const after = step(filtered.next, {
      type: 'page-loaded',
      request: filtered.next.paging!.request!,
      accounts: mailboxes(500, 1000),
      nextCursor: 'c2',
    });
    expect(pageEffect(after.effects)).to.include({ cursor: 'c2' });
  });

  it('reads every page of a whole answer at once, whatever the view', () => {
    const { effects } = firstPage(ACCOUNT_PAGE_SIZE, 'w1', true);
    expect(pageEffect(effects)).to.include({ cursor: 'w1', limit: FILTER_PAGE_SIZE });
  });

  it('holds a failed page until Retry', () => {
    const { next } = firstPage();
    const asked = reduce(next, { type: 'rows-wanted', rows: ACCOUNT_PAGE_SIZE });
    const effect = pageEffect(listEffects(next, asked))!;
    const failed = reduce(asked, listJobFailed(effect, 'unreachable'));
    expect(failed.paging).to.include({ failedKind: 'unreachable', request: null });
    expect(needsPage(failed.paging, ACCOUNT_PAGE_SIZE, 'x')).to.equal(false);
    expect(reduce(failed, { type: 'rows-wanted', rows: ACCOUNT_PAGE_SIZE + 1 }).paging!.request).to.equal(null);
    const retried = step(failed, { type: 'retry-page' });
    expect(retried.next.paging!.failedKind).to.equal(null);
    expect(pageEffect(retried.effects)).to.include({ cursor: 'c1' });
    expect(reduce(next, { type: 'retry-page' })).to.equal(next);
    // The mailboxes section's Retry retries the page too.
    expect(pageEffect(step(failed, { type: 'retry', section: 'accounts' }).effects)).to.include({ cursor: 'c1' });
  });

  it('a reload starts from the first page, drops a page under way, and fills the view to where it was', () => {
    const { next } = firstPage();
    const asked = reduce(next, { type: 'rows-wanted', rows: ACCOUNT_PAGE_SIZE });
    const reload = step(asked, { type: 'load', sections: ['accounts'], quiet: true });
    expect(reload.effects.stop).to.include('page:accounts');
    const reloaded = step(reload.next, {
      type: 'section-loaded',
      request: reload.next.loads.accounts!,
      update: { type: 'accounts-loaded', accounts: mailboxes(0, ACCOUNT_PAGE_SIZE), nextCursor: 'd1' },
    });
    expect(pageEffect(reloaded.effects)).to.include({ cursor: 'd1' });
  });

  it('an answer without paging leaves nothing to page', () => {
    const started = reduce(initialListFlowState(), { type: 'load', sections: ['accounts'], quiet: false });
    const all = reduce(started, {
      type: 'section-loaded',
      request: started.loads.accounts!,
      update: { type: 'accounts-loaded', accounts: mailboxes(0, 3) },
    });
    expect(all.paging).to.equal(null);
    expect(pagingComplete(all.paging)).to.equal(true);
    expect(reduce(all, { type: 'rows-wanted', rows: 3 })).to.equal(all);
  });
});
