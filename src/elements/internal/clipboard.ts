/**
 * Copies text to the clipboard: the async Clipboard API where the page may use
 * it, else a hidden textarea and `execCommand('copy')`. Resolves with whether
 * it worked, so the element can say so or show the text to copy by hand.
 */
export async function copyText(text: string, within: Node): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): try the older way.
  }
  const root = within.getRootNode() as Document | ShadowRoot;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;inset-inline-start:-9999px;opacity:0';
  (root instanceof ShadowRoot ? root : document.body).append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
