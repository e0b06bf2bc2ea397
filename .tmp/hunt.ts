import fc from 'fast-check';
import { disagreements, internationalHost } from '../test/model/idna-parity-cases.ts';
for (let seed = 1; seed < 80; seed++) {
  const d = disagreements(fc.sample(internationalHost, { seed, numRuns: 30000 }));
  if (d.length) console.log(seed, d.slice(0, 8));
}
