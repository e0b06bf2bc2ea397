// The error type and kinds live in the model (they are part of the contract a server shares);
// kept here so adapter code and older imports keep one short path.
export * from '../model/errors.js';
