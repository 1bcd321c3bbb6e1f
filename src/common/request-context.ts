import { AsyncLocalStorage } from 'node:async_hooks';

/** Facts about the HTTP request being served, readable anywhere below its handler. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `next` with the request's context set; the server's onRequest hook calls it. */
export function runWithRequestContext(context: RequestContext, next: () => void): void {
  storage.run(context, next);
}

/** Returns the context of the request being served, or undefined outside a request. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
