// Generates, from custom-elements.json, the files editors and frameworks read:
// VS Code custom data and JetBrains web-types.
// Part of `npm run build`; the manifest is the one source, so these never drift.
import { readFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

generateVsCodeCustomElementData(manifest, {
  outdir: 'dist/editors',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});

generateJetBrainsWebTypes(manifest, {
  outdir: 'dist/editors',
  webTypesFileName: 'web-types.json',
  packageJson: false, // it would rewrite package.json; the "web-types" field there is kept by hand
  hideLogs: true,
});
