// Which property names the library build may shorten: members declared `private`
// in src/ (TypeScript's keyword; the code has no `_` prefixes), except a name that
// also appears anywhere as something else — a public or protected member, a
// property of another object (`input.value`), an object-literal key, a string (Lit's
// decorators and `changed.has('form')` name reactive properties by string, so
// decorated members are never shortened). Each kept name gets a short `$`-prefixed
// name, which collides with no DOM, Lit (`_$…`) or public name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const isPrivate = (node) => (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
const isDecorated = (node) => (ts.getDecorators?.(node) ?? []).length > 0;

/** Returns { names, cache }: the names to shorten and the short name of each, for esbuild's mangleProps and mangleCache. */
export function privateNames(srcDir) {
  const candidates = new Set();
  const excluded = new Set();
  for (const file of sourceFiles(srcDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node) => {
      const member =
        ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
      if (member && node.name && ts.isIdentifier(node.name)) {
        if (isPrivate(node) && !isDecorated(node)) candidates.add(node.name.text);
        else excluded.add(node.name.text);
      } else if (ts.isParameter(node) && isPrivate(node) && ts.isIdentifier(node.name)) {
        // A constructor parameter property is read by name by nothing else either.
        candidates.add(node.name.text);
      } else if (ts.isPropertyAccessExpression(node) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) {
        excluded.add(node.name.text);
      } else if (ts.isStringLiteralLike(node)) {
        excluded.add(node.text);
      } else if (
        (ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isBindingElement(node)) &&
        node.name &&
        ts.isIdentifier(node.name)
      ) {
        excluded.add(node.name.text);
      } else if (ts.isBindingElement(node) && node.propertyName && ts.isIdentifier(node.propertyName)) {
        excluded.add(node.propertyName.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const names = [...candidates].filter((name) => !excluded.has(name)).sort();
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (index) => {
    let name = '';
    do {
      name = alphabet[index % alphabet.length] + name;
      index = Math.floor(index / alphabet.length) - 1;
    } while (index >= 0);
    return `$${name}`;
  };
  return { names, cache: Object.fromEntries(names.map((name, index) => [name, short(index)])) };
}
