import helmet from '@fastify/helmet';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { answerFrameworkError } from './common/errors/framework-errors';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { requestIdFor } from './common/logging/request-id';
import { MetricsService } from './common/metrics/metrics.service';
import { addRequestMetricsHook } from './common/metrics/request-metrics.hook';
import { assertAcceptableShape } from './common/request-shape';
import { runWithRequestContext } from './common/request-context';
import { setUpSwagger } from './common/swagger';
import { VALIDATION_PIPE_OPTIONS } from './common/validation';
import { AppConfig } from './config/app-config';

/** Bytes a request body may hold. */
export const BODY_LIMIT = 1024 * 1024;

/** Creates and initialises the application; main.ts and the e2e tests both start it this way. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 200 },
    genReqId: requestIdFor,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    frameworkErrors: answerFrameworkError,
    // Drop `__proto__` and `constructor.prototype` keys instead of rejecting valid JSON.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    const userAgent = request.headers['user-agent']?.slice(0, 256);
    runWithRequestContext({ requestId: request.id, ip: request.ip, userAgent }, done);
  });
  adapter.getInstance().addHook('preHandler', (request, _reply, done) => {
    assertAcceptableShape(request.params, 'path');
    assertAcceptableShape(request.query, 'query');
    assertAcceptableShape(request.body, 'body');
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // Keeps `request.rawBody` for payment provider callbacks, whose HMAC covers the exact bytes.
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  addRequestMetricsHook(adapter.getInstance(), app.get(MetricsService));

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
    // Browsers ignore HSTS over plain HTTP; send it only when the public URL is HTTPS.
    hsts: config.issuer.startsWith('https://'),
  });
  app.useGlobalPipes(new ValidationPipe(VALIDATION_PIPE_OPTIONS));
  app.useGlobalFilters(new HttpExceptionFilter());
  setUpSwagger(app);

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
