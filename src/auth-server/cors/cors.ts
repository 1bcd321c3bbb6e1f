import cors from '@fastify/cors';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

import { AllowedOrigins } from './allowed-origins.service';

/** Headers a browser script may read from a cross-origin response. */
const EXPOSED_HEADERS = [
  'WWW-Authenticate',
  'X-Request-Id',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
];

/**
 * Registers CORS. Only origins listed in some client's `allowed_origins` get CORS headers. The
 * headers are added when the request arrives, before any route runs, so error responses carry
 * them too, and preflight requests get a response without client authentication.
 */
export async function setUpCors(app: NestFastifyApplication): Promise<void> {
  const origins = app.get(AllowedOrigins);
  await app.register(cors, {
    hook: 'onRequest',
    origin: async (origin: string | undefined) =>
      origin !== undefined && (await origins.isAllowed(origin)) ? origin : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
  });
}
