"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AppModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppModule = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const typeorm_1 = require("@nestjs/typeorm");
const nestjs_pino_1 = require("nestjs-pino");
const audit_module_1 = require("./audit/audit.module");
const auth_server_module_1 = require("./auth-server/auth-server.module");
const bootstrap_module_1 = require("./bootstrap/bootstrap.module");
const brands_module_1 = require("./brands/brands.module");
const bearer_auth_module_1 = require("./common/auth/bearer-auth.module");
const health_controller_1 = require("./common/health.controller");
const idempotency_module_1 = require("./common/idempotency/idempotency.module");
const logger_options_1 = require("./common/logging/logger-options");
const metrics_module_1 = require("./common/metrics/metrics.module");
const rate_limit_module_1 = require("./common/rate-limit/rate-limit.module");
const config_module_1 = require("./config/config.module");
const data_source_options_1 = require("./database/data-source-options");
const gaming_module_1 = require("./gaming/gaming.module");
const users_module_1 = require("./users/users.module");
let AppModule = AppModule_1 = class AppModule {
    /** Builds the application for a validated configuration whose DATABASE_URL is resolved. */
    static forRoot(config) {
        if (!config.DATABASE_URL) {
            throw new Error('AppModule needs a DATABASE_URL; start the embedded PostgreSQL first');
        }
        return {
            module: AppModule_1,
            imports: [
                config_module_1.ConfigModule.forRoot(config),
                nestjs_pino_1.LoggerModule.forRoot((0, logger_options_1.loggerOptions)(config)),
                typeorm_1.TypeOrmModule.forRoot({
                    ...(0, data_source_options_1.dataSourceOptions)(config.DATABASE_URL),
                    migrationsRun: config.RUN_MIGRATIONS === 'true',
                }),
                terminus_1.TerminusModule,
                metrics_module_1.MetricsModule,
                brands_module_1.BrandsModule,
                audit_module_1.AuditModule,
                rate_limit_module_1.RateLimitModule,
                bearer_auth_module_1.BearerAuthModule,
                idempotency_module_1.IdempotencyModule,
                auth_server_module_1.AuthServerModule,
                users_module_1.UsersModule,
                gaming_module_1.GamingModule,
                bootstrap_module_1.BootstrapModule,
            ],
            controllers: [health_controller_1.HealthController],
        };
    }
};
exports.AppModule = AppModule;
exports.AppModule = AppModule = AppModule_1 = __decorate([
    (0, common_1.Module)({})
], AppModule);
//# sourceMappingURL=app.module.js.map