import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

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

/**
 * Registers helmet's headers on every response, and Strict-Transport-Security on responses to
 * requests that arrived over HTTPS. Behind a proxy that terminates TLS, the request counts as
 * HTTPS only when TRUST_PROXY trusts the proxy and it sends `X-Forwarded-Proto: https`. Browsers
 * ignore HSTS received over plain HTTP, so it is left out there. Fastify sends no X-Powered-By.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      if (request.protocol === 'https') {
        void reply.header('Strict-Transport-Security', HSTS_VALUE);
      }
      done();
    });
}
