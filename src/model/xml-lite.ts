/**
 * A small strict XML reader for short configuration files (autoconfig). It reads
 * elements, attributes, text, comments and CDATA, and refuses what makes XML
 * dangerous or expensive: any DOCTYPE or entity declaration (so no entity
 * expansion, no external fetch), entities other than the five predefined ones and
 * character references, oversized input, deep nesting and too many elements. No
 * DOMParser, so it runs in Node as well as in browsers.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (not its children's), entity-decoded, as written. */
  readonly text: string;
}

export type XmlErrorCode = 'xml-too-large' | 'xml-doctype' | 'xml-entity' | 'xml-too-deep' | 'xml-too-many-elements' | 'xml-malformed';

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly code: XmlErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface XmlLimits {
  /** Characters; default 64 KiB (real autoconfig files are a few KiB). */
  readonly maxLength?: number;
  readonly maxDepth?: number;
  readonly maxElements?: number;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /\s*/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]{0,10});?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new XmlError('xml-malformed', `A bare "&" near character ${at}`);
    const predefined = PREDEFINED[body];
    if (predefined !== undefined && Object.hasOwn(PREDEFINED, body)) return predefined;
    const numeric = /^#(x[0-9a-f]{1,6}|[0-9]{1,7})$/i.exec(body);
    if (numeric) {
      const digits = numeric[1] ?? '';
      const code = digits.startsWith('x') || digits.startsWith('X') ? parseInt(digits.slice(1), 16) : Number(digits);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        throw new XmlError('xml-malformed', `An invalid character reference &${body};`);
      return String.fromCodePoint(code);
    }
    throw new XmlError('xml-entity', `The entity &${body}; is not allowed: only &lt; &gt; &amp; &quot; &apos; and character references`);
  });
}

/** Parses a whole document and returns its root element; throws `XmlError`. */
export function parseXml(source: string, limits: XmlLimits = {}): XmlElement {
  const maxLength = limits.maxLength ?? 65536;
  const maxDepth = limits.maxDepth ?? 16;
  const maxElements = limits.maxElements ?? 2000;
  if (source.length > maxLength) throw new XmlError('xml-too-large', `The file is larger than ${maxLength} characters`);
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new XmlError('xml-doctype', 'DOCTYPE and entity declarations are not allowed');
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let count = 0;

  const fail = (what: string): never => {
    throw new XmlError('xml-malformed', `${what} at character ${pos}`);
  };
  const skipSpace = (): void => {
    SPACE.lastIndex = pos;
    SPACE.exec(source);
    pos = SPACE.lastIndex;
  };
  /** Moves past a comment or processing instruction at `pos`; false when there is none. */
  const skipIgnorable = (): boolean => {
    for (const [open, close, what] of [
      ['<!--', '-->', 'comment'],
      ['<?', '?>', 'processing instruction'],
    ] as const) {
      if (!source.startsWith(open, pos)) continue;
      const end = source.indexOf(close, pos + open.length);
      if (end < 0) fail(`An unclosed ${what}`);
      pos = end + close.length;
      return true;
    }
    return false;
  };
  /** Comments and processing instructions between elements. */
  const skipMisc = (): void => {
    do skipSpace();
    while (skipIgnorable());
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) fail('A name was expected');
    pos = NAME.lastIndex;
    return match![0];
  };

  const readElement = (depth: number): XmlElement => {
    if (depth > maxDepth) throw new XmlError('xml-too-deep', `Elements are nested deeper than ${maxDepth}`);
    if (++count > maxElements) throw new XmlError('xml-too-many-elements', `More than ${maxElements} elements`);
    if (source[pos] !== '<') fail('An element was expected');
    pos += 1;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[pos] === '>') {
        pos += 1;
        break;
      }
      ATTRIBUTE.lastIndex = pos;
      const match = ATTRIBUTE.exec(source);
      const key = match?.[1];
      if (!match || key === undefined) return fail(`A bad attribute in <${name}>`);
      if (Object.hasOwn(attributes, key)) fail(`A repeated attribute ${key}`);
      attributes[key] = decode(match[3] ?? match[4] ?? '', pos);
      pos = ATTRIBUTE.lastIndex;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (pos >= source.length) fail(`<${name}> is not closed`);
      if (source.startsWith('</', pos)) {
        pos += 2;
        if (readName() !== name) fail(`</${name}> was expected`);
        skipSpace();
        if (source[pos] !== '>') fail('">" was expected');
        pos += 1;
        return { name, attributes, children, text };
      }
      if (skipIgnorable()) continue;
      if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos + 9);
        if (end < 0) fail('An unclosed CDATA section');
        text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (source.startsWith('<!', pos)) {
        fail('A declaration');
      } else if (source[pos] === '<') {
        children.push(readElement(depth + 1));
      } else {
        const end = source.indexOf('<', pos);
        const stop = end < 0 ? source.length : end;
        text += decode(source.slice(pos, stop), pos);
        pos = stop;
      }
    }
  };

  skipMisc();
  const root = readElement(1);
  skipMisc();
  if (pos !== source.length) fail('Text after the root element');
  return root;
}

/** The first child element with this name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

/** Every child element with this name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((candidate) => candidate.name === name);
}

/** Escapes text for an element's content or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (char) => `&${({ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' } as Record<string, string>)[char]};`);
}
