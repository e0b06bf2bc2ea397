// Which backend the RestAdapter contract suite runs against: the in-memory fake
// (default) or the reference backend (REST_BACKEND=handler, set by
// rest-adapter-handler.test.mjs). The suite's cases are the same for both.
import { startRestServer } from './rest-server.mjs';

export async function startBackend(options) {
  if (process.env.REST_BACKEND !== 'handler') return startRestServer(options);
  const { startHandlerServer } = await import('./handler-server.mjs');
  return startHandlerServer(options);
}
