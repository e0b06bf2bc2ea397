// Minifies the text of Lit `html` and `css` tagged templates in the library build,
// conservatively, so the rendered result stays pixel-identical (checked by
// test/node/minified-render.test.mjs):
// - html: only runs of whitespace that contain a line break (source indentation)
//   become one space. A single space is never removed, so "Name *" stays "Name *",
//   and the space between inline elements written on two lines stays.
// - css: comments go; outside quoted strings, whitespace runs become one space and
//   the space around `{ } ; , >` and after `:` inside a declaration goes. Spaces
//   around `+ -` (calc) and before `:` (descendant pseudo-class selectors) stay.
// Template boundaries (`${…}`) are never moved, so Lit's part count is unchanged.
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import ts from 'typescript';
import { privateNames } from './private-names.mjs';

const TAGS = new Set(['html', 'css', 'svg']);

export function minifyHtmlText(text) {
  return text.replace(/[ \t]*[\r\n][\s]*/g, ' ');
}

export function minifyCssText(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === "'") {
      // Copy a quoted string untouched, escapes included.
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (/\s/.test(char)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      out += ' ';
      i = j;
    } else {
      out += char;
      i++;
    }
  }
  return out
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([{;][\w-]+): /g, '$1:');
}

/** Rewrites every html/css/svg tagged template literal in a JS module's source; returns a MagicString. */
export function minifyTemplates(code, fileName = 'module.js') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCssText : minifyHtmlText;
      const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        // Raw text lies between "`" or "}" and "`" or "${".
        const start = literal.getStart(source) + 1;
        const end = literal.getEnd() - (literal.kind === ts.SyntaxKind.TemplateHead || literal.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = code.slice(start, end);
        const minified = minify(raw);
        if (minified !== raw) edits.push([start, end, minified]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const result = new MagicString(code);
  for (const [start, end, text] of edits) result.overwrite(start, end, text);
  return result;
}

/** Vite plugin: applies minifyTemplates to the project's own modules after TypeScript is compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'mpe-minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/\b(html|css|svg)`/.test(code)) return null;
      const result = minifyTemplates(code, id);
      return { code: result.toString(), map: result.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}

/**
 * Vite plugin: shortens the names of private members (scripts/private-names.mjs) in
 * the project's own modules, with one name table for the whole build so a name is
 * the same in every module.
 */
export function manglePrivateNamesPlugin(srcDir = 'src') {
  let names;
  return {
    name: 'mpe-mangle-private-names',
    enforce: 'post',
    buildStart() {
      names = privateNames(srcDir);
    },
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || names.names.length === 0) return null;
      const result = await transform(code, {
        loader: 'js',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        mangleProps: new RegExp(`^(${names.names.join('|')})$`),
        mangleCache: { ...names.cache },
        legalComments: 'none',
      });
      return { code: result.code, map: result.map };
    },
  };
}
