/*
 * Links a host hands the elements (`oauth-help-url`) end up in an `href`. A
 * `javascript:` or `data:` URL there runs script in the page the moment a user
 * clicks, so only web links to help pages pass: `https:`, or `http:` on the local
 * machine (a developer's docs server).
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The link as it may be rendered, or null when it must not be: not absolute https (or local http), or carrying credentials. */
export function safeHelpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let url: URL;
  try {
    // No base: a relative or protocol-relative link would inherit whatever the page's scheme is.
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url.href;
  return null;
}
