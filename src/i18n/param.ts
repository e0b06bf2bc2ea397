import type { MessageParams } from '../model/codes.js';

/**
 * Reads an optional message parameter as text, or `undefined` when absent or
 * empty, so a message can fall back to a wording without the value instead of
 * printing "undefined".
 */
export function param(params: MessageParams | undefined, key: string): string | undefined {
  const value = params?.[key];
  return value === undefined || value === '' ? undefined : String(value);
}

/** Reads an optional numeric parameter (a limit, a count). */
export function numberParam(params: MessageParams | undefined, key: string): number | undefined {
  const value = params?.[key];
  const n = typeof value === 'number' ? value : Number(value);
  return value === undefined || value === '' || !Number.isFinite(n) ? undefined : n;
}
