import { Params } from 'nestjs-pino';
import { destination } from 'pino';
import { Options } from 'pino-http';

import { AppConfig } from '../../config/app-config';

/**
 * Structured request logs. Only the method, the path without its query string and the status are
 * logged, so that tokens, codes, secrets and the Authorization header never reach the log.
 */
export function loggerOptions(config: AppConfig): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    customLogLevel: (_request, response, error) => {
      if (error || response.statusCode >= 500) {
        return 'error';
      }
      return response.statusCode >= 400 ? 'debug' : 'info';
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  };
  if (!config.LOG_FILE) {
    return { pinoHttp: options };
  }
  // Synchronous appends, so that no line is lost when the process stops.
  const file = destination({ dest: config.LOG_FILE, append: true, mkdir: true, sync: true });
  return { pinoHttp: [options, file] };
}
