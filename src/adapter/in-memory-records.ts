// Moved to the model, so a server stores records the same way; kept here for the in-memory adapter's imports.
export { accountRecord, nextVersion, providerRecord } from '../model/records.js';
