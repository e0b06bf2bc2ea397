import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/elements/internal/define.js';
import { VERSION } from '../../src/version.js';

/** A registry of its own per test, so nothing leaks into the page's. */
const freshRegistry = () => new CustomElementRegistry();

/** Captures console.warn while `run` runs. */
function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('defineElement', () => {
  it('registers once and ignores a repeat of the same class silently', () => {
    const registry = freshRegistry();
    class A extends HTMLElement {}
    expect(
      warnings(() => {
        defineElement('mpe-test-a', A, registry);
        defineElement('mpe-test-a', A, registry);
      }),
    ).to.deep.equal([]);
    expect(registry.get('mpe-test-a')).to.equal(A);
  });

  it('keeps another copy’s class and warns with both versions', () => {
    const registry = freshRegistry();
    class Older extends HTMLElement {}
    (Older as unknown as Record<symbol, string>)[Symbol.for('mail-provider-elements.version')] = '0.0.9';
    registry.define('mpe-test-b', Older);
    class Newer extends HTMLElement {}
    const seen = warnings(() => defineElement('mpe-test-b', Newer, registry));
    expect(registry.get('mpe-test-b')).to.equal(Older);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('<mpe-test-b>').and.contain('mail-provider-elements 0.0.9').and.contain(`mail-provider-elements ${VERSION}`);
  });

  it('names a foreign class when the tag is taken by something else', () => {
    const registry = freshRegistry();
    registry.define('mpe-test-c', class extends HTMLElement {});
    const seen = warnings(() => defineElement('mpe-test-c', class extends HTMLElement {}, registry));
    expect(seen[0]).to.contain('not mail-provider-elements').and.contain(VERSION);
  });
});
