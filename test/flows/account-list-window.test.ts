import { describe, it } from 'node:test';
import { expect } from 'chai';
import { renderedIndices, rowForKey, scrollTopToReveal, visibleRange } from '../../src/flows/index.js';

const viewport = { scrollTop: 0, viewportHeight: 400, rowHeight: 80 };

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan on each side', () => {
    // 400 / 80 = 5 rows in view, +1 for a partly shown one, +4 below.
    expect(visibleRange(viewport, 10_000)).to.deep.equal({ start: 0, end: 10 });
    expect(visibleRange({ ...viewport, scrollTop: 8000 }, 10_000)).to.deep.equal({ start: 96, end: 110 });
  });

  it('renders the same number of rows for 100 and 10 000 rows (B9)', () => {
    const at = { ...viewport, scrollTop: 800 };
    const small = visibleRange(at, 100);
    const large = visibleRange(at, 10_000);
    expect(small.end - small.start).to.equal(large.end - large.start);
  });

  it('stays inside the list at its ends and for odd input', () => {
    expect(visibleRange(viewport, 0)).to.deep.equal({ start: 0, end: 0 });
    expect(visibleRange(viewport, 3)).to.deep.equal({ start: 0, end: 3 });
    expect(visibleRange({ ...viewport, scrollTop: 1e9 }, 50)).to.deep.equal({ start: 45, end: 50 });
    expect(visibleRange({ scrollTop: -50, viewportHeight: -1, rowHeight: 0 }, 20, 0)).to.deep.equal({ start: 0, end: 1 });
  });
});

describe('scrollTopToReveal', () => {
  it('does not move for a row already in view', () => {
    expect(scrollTopToReveal(2, viewport)).to.equal(0);
  });

  it('aligns a row above the view to the top, and one below to the bottom', () => {
    expect(scrollTopToReveal(1, { ...viewport, scrollTop: 400 })).to.equal(80);
    expect(scrollTopToReveal(9, viewport)).to.equal(400);
  });
});

describe('renderedIndices', () => {
  it('lists the range in order', () => {
    expect(renderedIndices({ start: 2, end: 5 }, 10)).to.deep.equal([2, 3, 4]);
  });

  it('keeps the focused row rendered outside the range, in list order', () => {
    expect(renderedIndices({ start: 2, end: 4 }, 10, 0)).to.deep.equal([0, 2, 3]);
    expect(renderedIndices({ start: 2, end: 4 }, 10, 8)).to.deep.equal([2, 3, 8]);
    expect(renderedIndices({ start: 2, end: 4 }, 10, 3)).to.deep.equal([2, 3]);
  });

  it('ignores a focused index that no longer exists', () => {
    expect(renderedIndices({ start: 0, end: 2 }, 2, 7)).to.deep.equal([0, 1]);
    expect(renderedIndices({ start: 0, end: 5 }, 2)).to.deep.equal([0, 1]);
  });
});

describe('rowForKey', () => {
  it('moves by one, by a page, and to either end', () => {
    expect(rowForKey('ArrowDown', 3, 10, 4)).to.equal(4);
    expect(rowForKey('ArrowUp', 3, 10, 4)).to.equal(2);
    expect(rowForKey('PageDown', 3, 10, 4)).to.equal(7);
    expect(rowForKey('PageUp', 3, 10, 4)).to.equal(0);
    expect(rowForKey('Home', 3, 10, 4)).to.equal(0);
    expect(rowForKey('End', 3, 10, 4)).to.equal(9);
  });

  it('stops at the ends and ignores other keys', () => {
    expect(rowForKey('ArrowDown', 9, 10, 4)).to.equal(9);
    expect(rowForKey('ArrowUp', 0, 10, 4)).to.equal(0);
    expect(rowForKey('PageDown', 8, 10, 0)).to.equal(9);
    expect(rowForKey('Enter', 3, 10, 4)).to.equal(null);
    expect(rowForKey('ArrowDown', 0, 0, 4)).to.equal(null);
  });
});
