// Issue 10, item 10: one IDNA answer on Node and Chromium. The same seeded corpus runs
// in Chromium (test/browser/idna-parity.test.ts); both compare with one digest.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { normalizeHostName } from '../../src/model/index.js';
import { EXPECTED_DIGEST, answersDigest, disagreements, internationalHost, parityCorpus, platformAscii } from './idna-parity-cases.js';

describe('international host names in Node (item 10)', () => {
  const names = parityCorpus();

  it('the model accepts no name that Node converts differently or refuses', () => {
    expect(disagreements(names)).to.deep.equal([]);
  });

  it('gives exactly the answers it gives in Chromium', () => {
    expect(answersDigest(names)).to.equal(EXPECTED_DIGEST);
  });

  it("property: whatever the model accepts, Node's URL parser converts to the same ASCII", () => {
    fc.assert(
      fc.property(internationalHost, (name) => {
        const ours = normalizeHostName(name);
        if (ours.ok) expect(platformAscii(name), JSON.stringify(name)).to.equal(ours.host);
      }),
      { numRuns: 10_000 },
    );
  });
});
