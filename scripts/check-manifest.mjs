// Fails when the committed custom-elements.json differs from what the source
// produces: the manifest feeds editors and Storybook, so a stale one misleads them.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so stay inside it.
/**
 * JSON with sorted keys and modules sorted by path: the analyzer's key order varies
 * with where it writes, and its module order with which file it finishes first.
 */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function byPath(manifest) {
  const modules = [...(manifest.modules ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...manifest, modules };
}

const outdir = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing counts as stale
  }
  const same = (() => {
    try {
      return canonical(byPath(JSON.parse(fresh))) === canonical(byPath(JSON.parse(committed)));
    } catch {
      return false;
    }
  })();
  if (!same) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
