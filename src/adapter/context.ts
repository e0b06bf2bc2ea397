import { ContextProvider, ContextRoot, createContext } from '@lit/context';
import type { MailSetupAdapter } from './adapter.js';

/**
 * The context key elements read their adapter from. A `Symbol.for` key, so that
 * two copies of this library on one page (say, two bundles) still find the same
 * provider: the adapter contract is the same across copies.
 */
export const mailSetupAdapterContext = createContext<MailSetupAdapter | undefined>(Symbol.for('mail-provider-elements/adapter'));

const ROOT_KEY = Symbol.for('mail-provider-elements/context-root');

/**
 * Keeps the adapter requests of elements that connected before any provider
 * existed, and answers them when one appears — so `provideMailSetupAdapter`
 * works in either order. Once per document, shared by every copy of the library.
 */
export function watchForLateAdapterProviders(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement as HTMLElement & { [ROOT_KEY]?: ContextRoot };
  if (root[ROOT_KEY]) return;
  const contextRoot = new ContextRoot();
  contextRoot.attach(root);
  root[ROOT_KEY] = contextRoot;
}

const providers = new WeakMap<HTMLElement, ContextProvider<typeof mailSetupAdapterContext>>();

/**
 * Makes `adapter` available to every library element inside `element` — for hosts
 * without Lit (plain HTML, React, Vue): `provideMailSetupAdapter(document.body, adapter)`.
 * Works before or after the elements are in the page; calling it again for the
 * same element replaces the adapter for every element below. Returns the
 * provider; its `setValue(next)` does the same.
 */
export function provideMailSetupAdapter(element: HTMLElement, adapter: MailSetupAdapter): ContextProvider<typeof mailSetupAdapterContext> {
  watchForLateAdapterProviders();
  const existing = providers.get(element);
  if (existing) {
    existing.setValue(adapter);
    return existing;
  }
  const provider = new ContextProvider(element, { context: mailSetupAdapterContext, initialValue: adapter });
  // A plain element has no controllers, so nothing would announce the provider: do it here, and
  // the requests of elements that connected earlier are answered.
  if (!('addController' in element)) provider.hostConnected();
  providers.set(element, provider);
  return provider;
}
