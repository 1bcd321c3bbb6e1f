import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { AuditModule } from './audit/audit.module';
import { AuthServerModule } from './auth-server/auth-server.module';
import { BootstrapModule } from './bootstrap/bootstrap.module';
import { BrandsModule } from './brands/brands.module';
import { BearerAuthModule } from './common/auth/bearer-auth.module';
import { HealthController } from './common/health.controller';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { loggerOptions } from './common/logging/logger-options';
import { MetricsModule } from './common/metrics/metrics.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { GamingModule } from './gaming/gaming.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  /** Builds the application for a validated configuration whose DATABASE_URL is resolved. */
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.DATABASE_URL) {
      throw new Error('AppModule needs a DATABASE_URL; start the embedded PostgreSQL first');
    }
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.DATABASE_URL),
          migrationsRun: config.RUN_MIGRATIONS === 'true',
        }),
        TerminusModule,
        MetricsModule,
        BrandsModule,
        AuditModule,
        RateLimitModule,
        BearerAuthModule,
        IdempotencyModule,
        AuthServerModule,
        UsersModule,
        GamingModule,
        BootstrapModule,
      ],
      controllers: [HealthController],
    };
  }
}
