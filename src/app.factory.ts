import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyHttpOptions } from 'fastify';
import { Server } from 'node:http';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { setUpCors } from './auth-server/cors/cors';
import { answerFrameworkError } from './common/errors/framework-errors';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { requestIdFor } from './common/logging/request-id';
import { addRequestLoggingHooks } from './common/logging/request-logging.hook';
import { installRequestGuards, serverLimits } from './common/http-limits/request-guards';
import { fastifyTrustProxy } from './common/http-limits/trust-proxy';
import { registerSecurityHeaders } from './common/http-limits/security-headers';
import { MetricsService } from './common/metrics/metrics.service';
import { addRequestMetricsHook } from './common/metrics/request-metrics.hook';
import { setUpSwagger } from './common/swagger';
import { VALIDATION_PIPE_OPTIONS } from './common/validation';
import { AppConfig } from './config/app-config';

/** Creates and initialises the application; main.ts and the e2e tests both start it this way. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const options: FastifyHttpOptions<Server> = {
    ...serverLimits(config),
    routerOptions: { maxParamLength: 200 },
    genReqId: requestIdFor,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    requestIdHeader: false,
    frameworkErrors: answerFrameworkError,
    // Drop `__proto__` and `constructor.prototype` keys instead of rejecting valid JSON.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
  };
  const adapter = new FastifyAdapter(options);
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  addRequestLoggingHooks(adapter.getInstance());
  installRequestGuards(adapter.getInstance(), config);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // Keeps `request.rawBody` for payment provider callbacks, whose HMAC covers the exact bytes.
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  addRequestMetricsHook(adapter.getInstance(), app.get(MetricsService));

  registerSecurityHeaders(app);
  await setUpCors(app);
  app.useGlobalPipes(new ValidationPipe(VALIDATION_PIPE_OPTIONS));
  app.useGlobalFilters(new HttpExceptionFilter());
  setUpSwagger(app, config);

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
