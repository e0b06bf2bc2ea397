import { createContext } from '@lit/context';
import type { MailSetupAdapter } from './adapter.js';

/**
 * The context key elements read their adapter from. A `Symbol.for` key, so that
 * two copies of this library on one page (say, two bundles) still find the same
 * provider: the adapter contract is the same across copies.
 */
export const mailSetupAdapterContext = createContext<MailSetupAdapter | undefined>(Symbol.for('mail-provider-elements/adapter'));
