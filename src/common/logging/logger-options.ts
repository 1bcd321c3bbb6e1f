import { Params } from 'nestjs-pino';
import { destination } from 'pino';
import { Options } from 'pino-http';

import { AppConfig } from '../../config/app-config';

/**
 * The root logger's level and destination. nestjs-pino builds the root logger from these, but
 * applies no middleware (`forRoutes: []`): Fastify hooks log the requests instead, see
 * request-logging.hook.ts, which costs less than pino-http behind Nest's middleware engine.
 */
export function loggerOptions(config: AppConfig): Params {
  // pino-http's wrapped serializers would rebuild `req` and `res` from Node's request and
  // response objects, while the hooks log plain objects that are already serialised.
  const options: Options = { level: config.LOG_LEVEL, autoLogging: false, wrapSerializers: false };
  if (!config.LOG_FILE) {
    return { pinoHttp: options, forRoutes: [] };
  }
  // Synchronous appends, so that no line is lost when the process stops.
  const file = destination({ dest: config.LOG_FILE, append: true, mkdir: true, sync: true });
  return { pinoHttp: [options, file], forRoutes: [] };
}
