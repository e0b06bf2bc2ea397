/** The package's version; test/node/package.test.mjs keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** The same, under the name diagnostics reports use. */
export const LIBRARY_VERSION = VERSION;
