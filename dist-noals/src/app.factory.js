"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const platform_fastify_1 = require("@nestjs/platform-fastify");
const nestjs_pino_1 = require("nestjs-pino");
const app_module_1 = require("./app.module");
const cors_1 = require("./auth-server/cors/cors");
const framework_errors_1 = require("./common/errors/framework-errors");
const http_exception_filter_1 = require("./common/errors/http-exception.filter");
const request_id_1 = require("./common/logging/request-id");
const request_logging_hook_1 = require("./common/logging/request-logging.hook");
const request_guards_1 = require("./common/http-limits/request-guards");
const trust_proxy_1 = require("./common/http-limits/trust-proxy");
const security_headers_1 = require("./common/http-limits/security-headers");
const metrics_service_1 = require("./common/metrics/metrics.service");
const request_metrics_hook_1 = require("./common/metrics/request-metrics.hook");
const request_context_1 = require("./common/request-context");
const swagger_1 = require("./common/swagger");
const validation_1 = require("./common/validation");
/** Creates and initialises the application; main.ts and the e2e tests both start it this way. */
async function createApp(config) {
    const options = {
        ...(0, request_guards_1.serverLimits)(config),
        routerOptions: { maxParamLength: 200 },
        genReqId: request_id_1.requestIdFor,
        trustProxy: (0, trust_proxy_1.fastifyTrustProxy)(config.trustProxy),
        requestIdHeader: false,
        frameworkErrors: framework_errors_1.answerFrameworkError,
        // Drop `__proto__` and `constructor.prototype` keys instead of rejecting valid JSON.
        onProtoPoisoning: 'remove',
        onConstructorPoisoning: 'remove',
    };
    const adapter = new platform_fastify_1.FastifyAdapter(options);
    adapter.getInstance().addHook('onRequest', (request, reply, done) => {
        void reply.header('X-Request-Id', request.id);
        const userAgent = request.headers['user-agent']?.slice(0, 256);
        (0, request_context_1.runWithRequestContext)({ requestId: request.id, ip: request.ip, userAgent }, done);
    });
    (0, request_logging_hook_1.addRequestLoggingHooks)(adapter.getInstance());
    (0, request_guards_1.installRequestGuards)(adapter.getInstance(), config);
    const app = await core_1.NestFactory.create(app_module_1.AppModule.forRoot(config), adapter, {
        bufferLogs: true,
        abortOnError: false,
        // Keeps `request.rawBody` for payment provider callbacks, whose HMAC covers the exact bytes.
        rawBody: true,
    });
    app.useLogger(app.get(nestjs_pino_1.Logger));
    (0, request_metrics_hook_1.addRequestMetricsHook)(adapter.getInstance(), app.get(metrics_service_1.MetricsService));
    (0, security_headers_1.registerSecurityHeaders)(app);
    await (0, cors_1.setUpCors)(app);
    app.useGlobalPipes(new common_1.ValidationPipe(validation_1.VALIDATION_PIPE_OPTIONS));
    app.useGlobalFilters(new http_exception_filter_1.HttpExceptionFilter());
    (0, swagger_1.setUpSwagger)(app, config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
}
//# sourceMappingURL=app.factory.js.map