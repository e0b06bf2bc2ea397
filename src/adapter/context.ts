import { ContextProvider, createContext } from '@lit/context';
import type { MailSetupAdapter } from './adapter.js';

/**
 * The context key elements read their adapter from. A `Symbol.for` key, so that
 * two copies of this library on one page (say, two bundles) still find the same
 * provider: the adapter contract is the same across copies.
 */
export const mailSetupAdapterContext = createContext<MailSetupAdapter | undefined>(Symbol.for('mail-provider-elements/adapter'));

/**
 * Makes `adapter` available to every library element inside `element` — for hosts
 * without Lit (plain HTML, React, Vue): `provideMailSetupAdapter(document.body, adapter)`.
 * Returns the provider; `setValue(next)` swaps the adapter for every element below.
 */
export function provideMailSetupAdapter(element: HTMLElement, adapter: MailSetupAdapter): ContextProvider<typeof mailSetupAdapterContext> {
  return new ContextProvider(element, { context: mailSetupAdapterContext, initialValue: adapter });
}
