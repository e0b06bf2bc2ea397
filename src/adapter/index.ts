/**
 * The adapter layer: the contract between the elements and the host's backend,
 * its typed errors, the context key, and the adapters this library ships.
 */
export * from './errors.js';
export type * from './adapter.js';
export * from './context.js';
export * from './schemas.js';
export { errorFromFieldErrors } from './input-errors.js';
export {
  InMemoryAdapter,
  DEFAULT_STORAGE_KEY,
  DEMO_WRONG_PASSWORD,
  CHECK_FAILURE_SIMULATIONS,
  REALISTIC_STAGE_MS,
  type CheckFailureSimulation,
  DEMO_CHECK_OUTCOMES,
  DEMO_SIGN_IN_OUTCOMES,
  type DemoCheckOutcome,
  type DemoSignInOutcome,
  createDemoData,
  createEmptyData,
  type AdapterMethod,
  type InMemoryAdapterOptions,
  type InMemoryCall,
  type InMemoryData,
  type InMemoryFault,
  type InMemoryStorage,
} from './in-memory-adapter.js';
export { withValidation } from './validating-adapter.js';
export { reauthorizeMailbox } from './reauthorize.js';
export {
  RestAdapter,
  RestResponseError,
  DEFAULT_REST_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  type RestAdapterOptions,
  type RestRequestInit,
} from './rest-adapter.js';
