// The RestAdapter hardening suite, run against the reference backend
// (mail-provider-elements/server on PGlite) instead of the in-memory fake.
import { warmUp } from './handler-server.mjs';

process.env.REST_BACKEND = 'handler';
await warmUp();
await import('./rest-hardening.test.mjs');
