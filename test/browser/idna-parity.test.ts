// Issue 10, item 10: the model gives the same answer for international host names in
// Chromium as in Node (test/model/idna-parity.test.ts runs the same corpus there),
// and never accepts a name that Chromium's own URL parser would convert differently.
import { expect } from '@open-wc/testing';
import { EXPECTED_DIGEST, answersDigest, disagreements, parityCorpus } from '../model/idna-parity-cases.js';

describe('international host names in Chromium (item 10)', () => {
  const names = parityCorpus();

  it('the model accepts no name that Chromium converts differently or refuses', () => {
    expect(disagreements(names)).to.deep.equal([]);
  });

  it('gives exactly the answers it gives in Node', () => {
    expect(answersDigest(names)).to.equal(EXPECTED_DIGEST);
  });
});
