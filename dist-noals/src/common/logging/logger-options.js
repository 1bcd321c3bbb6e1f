"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loggerOptions = loggerOptions;
const pino_1 = require("pino");
/**
 * The root logger's level and destination. nestjs-pino builds the root logger from these, but
 * applies no middleware (`forRoutes: []`): Fastify hooks log the requests instead, see
 * request-logging.hook.ts, which costs less than pino-http behind Nest's middleware engine.
 */
function loggerOptions(config) {
    // pino-http's wrapped serializers would rebuild `req` and `res` from Node's request and
    // response objects, while the hooks log plain objects that are already serialised.
    const options = { level: config.LOG_LEVEL, autoLogging: false, wrapSerializers: false };
    if (!config.LOG_FILE) {
        return { pinoHttp: options, forRoutes: [] };
    }
    // Synchronous appends, so that no line is lost when the process stops.
    const file = (0, pino_1.destination)({ dest: config.LOG_FILE, append: true, mkdir: true, sync: true });
    return { pinoHttp: [options, file], forRoutes: [] };
}
//# sourceMappingURL=logger-options.js.map