// Moved to the model, so a server has it without Lit; kept here for the adapters' imports.
export { errorFromFieldErrors } from '../model/input-errors.js';
