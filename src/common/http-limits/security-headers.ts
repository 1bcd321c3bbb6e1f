import { ServerResponse } from 'node:http';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { HelmetOptions } from 'helmet';

/** One year, the max-age that HSTS preload lists require. */
const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/**
 * Headers for responses written to the socket without Fastify (client errors) or before its
 * hooks run (malformed URLs), so that those carry the same basic protections as the rest.
 */
export const BASIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      upgradeInsecureRequests: null,
    },
  },
  strictTransportSecurity: false,
};

/**
 * Runs helmet's middleware once against a stand-in response and collects the headers it sets.
 * With these options every header helmet sets is the same for every request, so computing
 * them at start-up replaces helmet's per-request work with one copy of a plain object.
 */
export function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  // Helmet 8 throws an invalid option itself, and calls `next` only with no argument.
  helmet(options)({} as never, response, () => undefined);
  return headers;
}

/**
 * Sets helmet's headers on every response, and Strict-Transport-Security on responses to
 * requests that arrived over HTTPS. Behind a proxy that terminates TLS, the request counts as
 * HTTPS only when TRUST_PROXY trusts the proxy and it sends `X-Forwarded-Proto: https`. Browsers
 * ignore HSTS received over plain HTTP, so it is left out there. Fastify sends no X-Powered-By.
 */
export function registerSecurityHeaders(app: NestFastifyApplication): void {
  const headers = helmetHeaders();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.headers(headers);
      if (request.protocol === 'https') {
        void reply.header('Strict-Transport-Security', HSTS_VALUE);
      }
      done();
    });
}
