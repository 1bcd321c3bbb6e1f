import { availableParallelism } from 'node:os';

import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** Bytes a request body may hold unless BODY_LIMIT_BYTES sets another limit. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export const DEVELOPMENT_KEY_ENCRYPTION_SECRET = 'development-only-key-encryption-secret-change-me';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** Environment variables the server reads, validated once at boot. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// URL',
  })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_PG_PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'EMBEDDED_PG_PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'EMBEDDED_PG_PORT must be an integer between 1 and 65535' })
  EMBEDDED_PG_PORT = 5433;

  @IsString()
  @MinLength(1)
  EMBEDDED_PG_DATA_DIR = '.data/postgres';

  @IsString()
  @MinLength(32, { message: 'KEY_ENCRYPTION_SECRET must be at least 32 characters long' })
  KEY_ENCRYPTION_SECRET = DEVELOPMENT_KEY_ENCRYPTION_SECRET;

  /**
   * Seconds between scheduled signing-key rotations, or 0 for none. At least an hour, because a
   * rotated key stays in the JWK Set for a day and shorter intervals would make the set grow past
   * 24 keys.
   */
  @Transform(toInt)
  @IsInt({
    message: 'KEY_ROTATION_INTERVAL must be 0 (off) or a number of seconds of at least 3600',
  })
  @Min(0, {
    message: 'KEY_ROTATION_INTERVAL must be 0 (off) or a number of seconds of at least 3600',
  })
  KEY_ROTATION_INTERVAL = 0;

  /**
   * Number of worker processes: a positive integer, or `auto` for one per CPU. Workers share the
   * listening port through Node's cluster module.
   */
  @Matches(/^(auto|[1-9]\d{0,2})$/, {
    message: 'WORKERS must be auto or an integer between 1 and 999',
  })
  WORKERS = '1';

  /**
   * Port on which the cluster primary serves the summed metrics of its workers when WORKERS is
   * above 1; unset serves none.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'METRICS_PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'METRICS_PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'METRICS_PORT must be an integer between 1 and 65535' })
  METRICS_PORT?: number;

  /** Whether this process applies pending migrations at start; turn off when a separate job runs them. */
  @IsIn(['true', 'false'], { message: 'RUN_MIGRATIONS must be true or false' })
  RUN_MIGRATIONS = 'true';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, {
    message: 'ISSUER must be an http(s) URL such as https://auth.example.com',
  })
  ISSUER?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, {
    message:
      'BOOTSTRAP_CLIENT_ID must be 2-64 characters of lower-case letters, digits, dot, dash or underscore',
  })
  BOOTSTRAP_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'BOOTSTRAP_CLIENT_SECRET must be at least 32 characters long' })
  @MaxLength(512, { message: 'BOOTSTRAP_CLIENT_SECRET must be at most 512 characters long' })
  BOOTSTRAP_CLIENT_SECRET?: string;

  @Matches(/^[a-z0-9][a-z0-9-]{1,31}$/, {
    message: 'BOOTSTRAP_BRAND must be 2-32 characters of lower-case letters, digits or dashes',
  })
  BOOTSTRAP_BRAND = 'xcasino';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** File that logs are appended to, created when missing; standard output when unset. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  LOG_FILE?: string;

  @IsIn(['true', 'false'], { message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = 'true';

  /**
   * Proxies trusted to set X-Forwarded-For: `false`, `true` (any), a number of hops, or
   * comma-separated addresses or CIDR ranges.
   */
  @Matches(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/, {
    message:
      'TRUST_PROXY must be true, false, a number of hops, or comma-separated addresses or CIDR ranges',
  })
  TRUST_PROXY = 'false';

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, {
    message: 'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379',
  })
  REDIS_URL?: string;

  @Matches(/^[A-Za-z0-9:._-]{1,64}$/, {
    message: 'REDIS_KEY_PREFIX must be 1-64 letters, digits, colons, dots, dashes or underscores',
  })
  REDIS_KEY_PREFIX = 'oauth:';

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_MAX_REQUESTS must be a positive integer' })
  @Min(1, { message: 'RATE_LIMIT_MAX_REQUESTS must be a positive integer' })
  RATE_LIMIT_MAX_REQUESTS = 300;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_SECONDS must be a positive integer' })
  @Min(1, { message: 'RATE_LIMIT_WINDOW_SECONDS must be a positive integer' })
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @IsInt({ message: 'MAX_LOGIN_FAILURES_PER_PLAYER must be a positive integer' })
  @Min(1, { message: 'MAX_LOGIN_FAILURES_PER_PLAYER must be a positive integer' })
  MAX_LOGIN_FAILURES_PER_PLAYER = 5;

  @Transform(toInt)
  @IsInt({ message: 'MAX_LOGIN_FAILURES_PER_IP must be a positive integer' })
  @Min(1, { message: 'MAX_LOGIN_FAILURES_PER_IP must be a positive integer' })
  MAX_LOGIN_FAILURES_PER_IP = 20;

  @Transform(toInt)
  @IsInt({ message: 'MAX_CLIENT_AUTH_FAILURES must be a positive integer' })
  @Min(1, { message: 'MAX_CLIENT_AUTH_FAILURES must be a positive integer' })
  MAX_CLIENT_AUTH_FAILURES = 10;

  @Transform(toInt)
  @IsInt({ message: 'FAILURE_WINDOW_SECONDS must be a positive integer' })
  @Min(1, { message: 'FAILURE_WINDOW_SECONDS must be a positive integer' })
  FAILURE_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt({ message: 'LOCKOUT_SECONDS must be a positive integer' })
  @Min(1, { message: 'LOCKOUT_SECONDS must be a positive integer' })
  LOCKOUT_SECONDS = 900;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, {
    message:
      'CAPTCHA_VERIFY_URL must be an http(s) URL such as https://www.google.com/recaptcha/api/siteverify',
  })
  CAPTCHA_VERIFY_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(512, { message: 'CAPTCHA_SECRET must be at most 512 characters long' })
  CAPTCHA_SECRET?: string;

  @Transform(toInt)
  @IsInt({ message: 'CAPTCHA_TIMEOUT_MS must be an integer between 100 and 30000' })
  @Min(100, { message: 'CAPTCHA_TIMEOUT_MS must be an integer between 100 and 30000' })
  @Max(30000, { message: 'CAPTCHA_TIMEOUT_MS must be an integer between 100 and 30000' })
  CAPTCHA_TIMEOUT_MS = 3000;

  @Transform(toInt)
  @IsInt({ message: 'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800' })
  @Min(300, { message: 'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800' })
  @Max(604_800, {
    message: 'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800',
  })
  ACTIVATION_CODE_TTL = 86_400;

  @Transform(toInt)
  @IsInt({ message: 'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600' })
  @Min(0, { message: 'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600' })
  @Max(3600, {
    message: 'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600',
  })
  ACTIVATION_RESEND_COOLDOWN = 60;

  @Transform(toInt)
  @IsInt({ message: 'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000' })
  @Min(60, { message: 'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000' })
  @Max(2_592_000, {
    message: 'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000',
  })
  IDEMPOTENCY_KEY_TTL = 86_400;

  @Transform(toInt)
  @IsInt({ message: 'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400' })
  @Min(10, { message: 'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400' })
  @Max(86_400, {
    message: 'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400',
  })
  IDEMPOTENCY_LOCK_TIMEOUT = 300;

  @Transform(toInt)
  @IsInt({
    message: 'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000',
  })
  @Min(0, {
    message: 'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000',
  })
  @Max(2_592_000, {
    message: 'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000',
  })
  DEPOSIT_LIMIT_COOLING_OFF_SECONDS = 86_400;

  @Transform(toInt)
  @IsInt({ message: 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800' })
  @Min(1, { message: 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800' })
  @Max(604_800, {
    message: 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800',
  })
  GAME_SESSION_IDLE_SECONDS = 1800;

  @Transform(toInt)
  @IsInt({
    message: 'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
  })
  @Min(0, {
    message: 'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
  })
  @Max(86_400, {
    message: 'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
  })
  GAME_SESSION_EXPIRY_INTERVAL_SECONDS = 60;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SANDBOX_CALLBACK_SECRET must be 32 to 512 characters long' })
  @MaxLength(512, { message: 'SANDBOX_CALLBACK_SECRET must be 32 to 512 characters long' })
  SANDBOX_CALLBACK_SECRET?: string;

  @Transform(toInt)
  @IsInt({
    message: 'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600',
  })
  @Min(30, {
    message: 'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600',
  })
  @Max(3600, {
    message: 'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600',
  })
  PAYMENT_CALLBACK_TOLERANCE_SECONDS = 300;

  /** Seconds a graceful shutdown on SIGTERM or SIGINT may take before the process exits with 1. */
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds between 1 and 600' })
  @Min(1, { message: 'SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds between 1 and 600' })
  @Max(600, { message: 'SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds between 1 and 600' })
  SHUTDOWN_TIMEOUT_SECONDS = 10;

  @Transform(toInt)
  @IsInt({ message: 'MAX_ACTIVE_BONUSES must be an integer between 1 and 100' })
  @Min(1, { message: 'MAX_ACTIVE_BONUSES must be an integer between 1 and 100' })
  @Max(100, { message: 'MAX_ACTIVE_BONUSES must be an integer between 1 and 100' })
  MAX_ACTIVE_BONUSES = 1;

  /**
   * Seconds between two runs of the bonus expiry job; 0 turns the job off. Unset, it is 60, or 0
   * when NODE_ENV=test so that specs start the job only when they test it.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({
    message: 'BONUS_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
  })
  @Min(0, {
    message: 'BONUS_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
  })
  @Max(86_400, {
    message: 'BONUS_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
  })
  BONUS_EXPIRY_INTERVAL_SECONDS?: number;
  @Transform(toInt)
  @IsInt({ message: 'BODY_LIMIT_BYTES must be a number of bytes between 1024 and 104857600' })
  @Min(1024, { message: 'BODY_LIMIT_BYTES must be a number of bytes between 1024 and 104857600' })
  @Max(104_857_600, {
    message: 'BODY_LIMIT_BYTES must be a number of bytes between 1024 and 104857600',
  })
  BODY_LIMIT_BYTES = DEFAULT_BODY_LIMIT_BYTES;

  @Transform(toInt)
  @IsInt({ message: 'JSON_MAX_DEPTH must be an integer between 2 and 256' })
  @Min(2, { message: 'JSON_MAX_DEPTH must be an integer between 2 and 256' })
  @Max(256, { message: 'JSON_MAX_DEPTH must be an integer between 2 and 256' })
  JSON_MAX_DEPTH = 32;

  @Transform(toInt)
  @IsInt({ message: 'MAX_HEADER_BYTES must be a number of bytes between 4096 and 65536' })
  @Min(4096, { message: 'MAX_HEADER_BYTES must be a number of bytes between 4096 and 65536' })
  @Max(65_536, { message: 'MAX_HEADER_BYTES must be a number of bytes between 4096 and 65536' })
  MAX_HEADER_BYTES = 16_384;

  /** Time in which a client must send the whole request, headers and body. */
  @Transform(toInt)
  @IsInt({ message: 'REQUEST_TIMEOUT_MS must be a number of milliseconds between 100 and 600000' })
  @Min(100, {
    message: 'REQUEST_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
  })
  @Max(600_000, {
    message: 'REQUEST_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
  })
  REQUEST_TIMEOUT_MS = 30_000;

  /** Time a handler may run before the client gets 503. The handler itself is not stopped. */
  @Transform(toInt)
  @IsInt({ message: 'HANDLER_TIMEOUT_MS must be a number of milliseconds between 100 and 600000' })
  @Min(100, {
    message: 'HANDLER_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
  })
  @Max(600_000, {
    message: 'HANDLER_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
  })
  HANDLER_TIMEOUT_MS = 60_000;

  get issuer(): string {
    return this.ISSUER ?? `http://localhost:${this.PORT}`;
  }

  /** TRUST_PROXY in the form Fastify's `trustProxy` option takes. */
  get trustProxy(): boolean | number | string[] {
    if (this.TRUST_PROXY === 'true' || this.TRUST_PROXY === 'false') {
      return this.TRUST_PROXY === 'true';
    }
    if (/^\d+$/.test(this.TRUST_PROXY)) {
      return Number(this.TRUST_PROXY);
    }
    return this.TRUST_PROXY.split(',').map((entry) => entry.trim());
  }

  get bonusExpiryIntervalSeconds(): number {
    return this.BONUS_EXPIRY_INTERVAL_SECONDS ?? (this.NODE_ENV === 'test' ? 0 : 60);
  }

  /** WORKERS resolved to a number, `auto` being the count of CPUs Node may use. */
  get workerCount(): number {
    return this.WORKERS === 'auto' ? availableParallelism() : Number(this.WORKERS);
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get usesDevelopmentKeySecret(): boolean {
    return this.KEY_ENCRYPTION_SECRET === DEVELOPMENT_KEY_ENCRYPTION_SECRET;
  }
}

export class ConfigError extends Error {}

/**
 * Builds the configuration from environment variables. Throws a ConfigError whose message has one
 * line per invalid variable, naming it and the expected form.
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, present, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).slice(0, 1),
  );

  if (config.isProduction) {
    if (!config.DATABASE_URL) {
      problems.push('DATABASE_URL is required when NODE_ENV=production');
    }
    if (config.usesDevelopmentKeySecret) {
      problems.push('KEY_ENCRYPTION_SECRET is required when NODE_ENV=production');
    }
  }
  if (Boolean(config.BOOTSTRAP_CLIENT_ID) !== Boolean(config.BOOTSTRAP_CLIENT_SECRET)) {
    problems.push('BOOTSTRAP_CLIENT_ID and BOOTSTRAP_CLIENT_SECRET must be set together');
  }

  if (config.KEY_ROTATION_INTERVAL > 0 && config.KEY_ROTATION_INTERVAL < 3600) {
    problems.push('KEY_ROTATION_INTERVAL must be 0 (off) or a number of seconds of at least 3600');
  }

  if (Boolean(config.CAPTCHA_VERIFY_URL) !== Boolean(config.CAPTCHA_SECRET)) {
    problems.push('CAPTCHA_VERIFY_URL and CAPTCHA_SECRET must be set together');
  }

  if (problems.length > 0) {
    throw new ConfigError(problems.join('\n'));
  }
  return config;
}
