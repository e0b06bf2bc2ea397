import { expect } from '@open-wc/testing';
import { LazyModule } from '../../src/elements/internal/lazy-module.js';

describe('LazyModule (code fetched on first use)', () => {
  it('fetches once for concurrent and later calls, and then gives the module synchronously', async () => {
    let fetched = 0;
    const lazy = new LazyModule(() => {
      fetched++;
      return Promise.resolve({ answer: 42 });
    });
    expect(lazy.loaded).to.equal(undefined);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).to.deep.equal({ answer: 42 });
    expect(b).to.equal(a);
    expect(await lazy.load()).to.equal(a);
    expect(lazy.loaded).to.equal(a);
    expect(fetched).to.equal(1);
  });

  it('resolves null when the fetch fails, and tries again on the next call', async () => {
    let attempts = 0;
    const lazy = new LazyModule(() => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ ok: true })));
    expect(await lazy.load()).to.equal(null);
    expect(lazy.loaded).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ ok: true });
    expect(attempts).to.equal(2);
  });
});
