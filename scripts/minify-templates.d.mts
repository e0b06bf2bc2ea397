import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function minifyHtmlText(text: string): string;
export function minifyCssText(text: string): string;
export function minifyTemplates(code: string, fileName?: string): MagicString;
export function minifyTemplatesPlugin(): Plugin;
export function manglePrivateNamesPlugin(srcDir?: string): Plugin;
