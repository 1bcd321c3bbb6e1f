"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = exports.AppConfig = exports.DEVELOPMENT_KEY_ENCRYPTION_SECRET = exports.DEFAULT_BODY_LIMIT_BYTES = void 0;
exports.loadConfig = loadConfig;
const node_os_1 = require("node:os");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
/** Bytes a request body may hold unless BODY_LIMIT_BYTES sets another limit. */
exports.DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
exports.DEVELOPMENT_KEY_ENCRYPTION_SECRET = 'development-only-key-encryption-secret-change-me';
const toInt = ({ value }) => typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
/** Environment variables the server reads, validated once at boot. */
class AppConfig {
    NODE_ENV = 'development';
    PORT = 3000;
    HOST = '127.0.0.1';
    DATABASE_URL;
    EMBEDDED_PG_PORT = 5433;
    EMBEDDED_PG_DATA_DIR = '.data/postgres';
    KEY_ENCRYPTION_SECRET = exports.DEVELOPMENT_KEY_ENCRYPTION_SECRET;
    /**
     * Seconds between scheduled signing-key rotations, or 0 for none. At least an hour, because a
     * rotated key stays in the JWK Set for a day and shorter intervals would make the set grow past
     * 24 keys.
     */
    KEY_ROTATION_INTERVAL = 0;
    /**
     * Number of worker processes: a positive integer, or `auto` for one per CPU. Workers share the
     * listening port through Node's cluster module.
     */
    WORKERS = '1';
    /**
     * Port on which the cluster primary serves the summed metrics of its workers when WORKERS is
     * above 1; unset serves none.
     */
    METRICS_PORT;
    /** Whether this process applies pending migrations at start; turn off when a separate job runs them. */
    RUN_MIGRATIONS = 'true';
    ISSUER;
    BOOTSTRAP_CLIENT_ID;
    BOOTSTRAP_CLIENT_SECRET;
    BOOTSTRAP_BRAND = 'xcasino';
    LOG_LEVEL = 'info';
    /** File that logs are appended to, created when missing; standard output when unset. */
    LOG_FILE;
    SEED_DEMO = 'true';
    /**
     * Proxies trusted to set X-Forwarded-For: `false`, `true` (any), a number of hops, or
     * comma-separated addresses or CIDR ranges.
     */
    TRUST_PROXY = 'false';
    REDIS_URL;
    REDIS_KEY_PREFIX = 'oauth:';
    RATE_LIMIT_MAX_REQUESTS = 300;
    RATE_LIMIT_WINDOW_SECONDS = 60;
    MAX_LOGIN_FAILURES_PER_PLAYER = 5;
    MAX_LOGIN_FAILURES_PER_IP = 20;
    MAX_CLIENT_AUTH_FAILURES = 10;
    FAILURE_WINDOW_SECONDS = 900;
    LOCKOUT_SECONDS = 900;
    CAPTCHA_VERIFY_URL;
    CAPTCHA_SECRET;
    CAPTCHA_TIMEOUT_MS = 3000;
    ACTIVATION_CODE_TTL = 86_400;
    ACTIVATION_RESEND_COOLDOWN = 60;
    IDEMPOTENCY_KEY_TTL = 86_400;
    IDEMPOTENCY_LOCK_TIMEOUT = 300;
    DEPOSIT_LIMIT_COOLING_OFF_SECONDS = 86_400;
    GAME_SESSION_IDLE_SECONDS = 1800;
    GAME_SESSION_EXPIRY_INTERVAL_SECONDS = 60;
    SANDBOX_CALLBACK_SECRET;
    PAYMENT_CALLBACK_TOLERANCE_SECONDS = 300;
    /** Seconds a graceful shutdown on SIGTERM or SIGINT may take before the process exits with 1. */
    SHUTDOWN_TIMEOUT_SECONDS = 10;
    MAX_ACTIVE_BONUSES = 1;
    /**
     * Seconds between two runs of the bonus expiry job; 0 turns the job off. Unset, it is 60, or 0
     * when NODE_ENV=test so that specs start the job only when they test it.
     */
    BONUS_EXPIRY_INTERVAL_SECONDS;
    BODY_LIMIT_BYTES = exports.DEFAULT_BODY_LIMIT_BYTES;
    JSON_MAX_DEPTH = 32;
    MAX_HEADER_BYTES = 16_384;
    /** Time in which a client must send the whole request, headers and body. */
    REQUEST_TIMEOUT_MS = 30_000;
    /** Time a handler may run before the client gets 503. The handler itself is not stopped. */
    HANDLER_TIMEOUT_MS = 60_000;
    get issuer() {
        return this.ISSUER ?? `http://localhost:${this.PORT}`;
    }
    /** TRUST_PROXY in the form Fastify's `trustProxy` option takes. */
    get trustProxy() {
        if (this.TRUST_PROXY === 'true' || this.TRUST_PROXY === 'false') {
            return this.TRUST_PROXY === 'true';
        }
        if (/^\d+$/.test(this.TRUST_PROXY)) {
            return Number(this.TRUST_PROXY);
        }
        return this.TRUST_PROXY.split(',').map((entry) => entry.trim());
    }
    get bonusExpiryIntervalSeconds() {
        return this.BONUS_EXPIRY_INTERVAL_SECONDS ?? (this.NODE_ENV === 'test' ? 0 : 60);
    }
    /** WORKERS resolved to a number, `auto` being the count of CPUs Node may use. */
    get workerCount() {
        return this.WORKERS === 'auto' ? (0, node_os_1.availableParallelism)() : Number(this.WORKERS);
    }
    get isProduction() {
        return this.NODE_ENV === 'production';
    }
    get usesDevelopmentKeySecret() {
        return this.KEY_ENCRYPTION_SECRET === exports.DEVELOPMENT_KEY_ENCRYPTION_SECRET;
    }
}
exports.AppConfig = AppConfig;
__decorate([
    (0, class_validator_1.IsIn)(['development', 'production', 'test']),
    __metadata("design:type", String)
], AppConfig.prototype, "NODE_ENV", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'PORT must be an integer between 1 and 65535' }),
    (0, class_validator_1.Min)(1, { message: 'PORT must be an integer between 1 and 65535' }),
    (0, class_validator_1.Max)(65535, { message: 'PORT must be an integer between 1 and 65535' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "PORT", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    __metadata("design:type", Object)
], AppConfig.prototype, "HOST", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^postgres(ql)?:\/\/\S+$/, {
        message: 'DATABASE_URL must be a postgres:// or postgresql:// URL',
    }),
    __metadata("design:type", String)
], AppConfig.prototype, "DATABASE_URL", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'EMBEDDED_PG_PORT must be an integer between 1 and 65535' }),
    (0, class_validator_1.Min)(1, { message: 'EMBEDDED_PG_PORT must be an integer between 1 and 65535' }),
    (0, class_validator_1.Max)(65535, { message: 'EMBEDDED_PG_PORT must be an integer between 1 and 65535' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "EMBEDDED_PG_PORT", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "EMBEDDED_PG_DATA_DIR", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(32, { message: 'KEY_ENCRYPTION_SECRET must be at least 32 characters long' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "KEY_ENCRYPTION_SECRET", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({
        message: 'KEY_ROTATION_INTERVAL must be 0 (off) or a number of seconds of at least 3600',
    }),
    (0, class_validator_1.Min)(0, {
        message: 'KEY_ROTATION_INTERVAL must be 0 (off) or a number of seconds of at least 3600',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "KEY_ROTATION_INTERVAL", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^(auto|[1-9]\d{0,2})$/, {
        message: 'WORKERS must be auto or an integer between 1 and 999',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "WORKERS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'METRICS_PORT must be an integer between 1 and 65535' }),
    (0, class_validator_1.Min)(1, { message: 'METRICS_PORT must be an integer between 1 and 65535' }),
    (0, class_validator_1.Max)(65535, { message: 'METRICS_PORT must be an integer between 1 and 65535' }),
    __metadata("design:type", Number)
], AppConfig.prototype, "METRICS_PORT", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['true', 'false'], { message: 'RUN_MIGRATIONS must be true or false' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "RUN_MIGRATIONS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^https?:\/\/[^\s/]+(\/\S*)?$/, {
        message: 'ISSUER must be an http(s) URL such as https://auth.example.com',
    }),
    __metadata("design:type", String)
], AppConfig.prototype, "ISSUER", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[a-z0-9][a-z0-9._-]{1,63}$/, {
        message: 'BOOTSTRAP_CLIENT_ID must be 2-64 characters of lower-case letters, digits, dot, dash or underscore',
    }),
    __metadata("design:type", String)
], AppConfig.prototype, "BOOTSTRAP_CLIENT_ID", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(32, { message: 'BOOTSTRAP_CLIENT_SECRET must be at least 32 characters long' }),
    (0, class_validator_1.MaxLength)(512, { message: 'BOOTSTRAP_CLIENT_SECRET must be at most 512 characters long' }),
    __metadata("design:type", String)
], AppConfig.prototype, "BOOTSTRAP_CLIENT_SECRET", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^[a-z0-9][a-z0-9-]{1,31}$/, {
        message: 'BOOTSTRAP_BRAND must be 2-32 characters of lower-case letters, digits or dashes',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "BOOTSTRAP_BRAND", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    __metadata("design:type", Object)
], AppConfig.prototype, "LOG_LEVEL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    __metadata("design:type", String)
], AppConfig.prototype, "LOG_FILE", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['true', 'false'], { message: 'SEED_DEMO must be true or false' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "SEED_DEMO", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/, {
        message: 'TRUST_PROXY must be true, false, a number of hops, or comma-separated addresses or CIDR ranges',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "TRUST_PROXY", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^rediss?:\/\/\S+$/, {
        message: 'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379',
    }),
    __metadata("design:type", String)
], AppConfig.prototype, "REDIS_URL", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^[A-Za-z0-9:._-]{1,64}$/, {
        message: 'REDIS_KEY_PREFIX must be 1-64 letters, digits, colons, dots, dashes or underscores',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "REDIS_KEY_PREFIX", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'RATE_LIMIT_MAX_REQUESTS must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'RATE_LIMIT_MAX_REQUESTS must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "RATE_LIMIT_MAX_REQUESTS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'RATE_LIMIT_WINDOW_SECONDS must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'RATE_LIMIT_WINDOW_SECONDS must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "RATE_LIMIT_WINDOW_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'MAX_LOGIN_FAILURES_PER_PLAYER must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'MAX_LOGIN_FAILURES_PER_PLAYER must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "MAX_LOGIN_FAILURES_PER_PLAYER", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'MAX_LOGIN_FAILURES_PER_IP must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'MAX_LOGIN_FAILURES_PER_IP must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "MAX_LOGIN_FAILURES_PER_IP", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'MAX_CLIENT_AUTH_FAILURES must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'MAX_CLIENT_AUTH_FAILURES must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "MAX_CLIENT_AUTH_FAILURES", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'FAILURE_WINDOW_SECONDS must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'FAILURE_WINDOW_SECONDS must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "FAILURE_WINDOW_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'LOCKOUT_SECONDS must be a positive integer' }),
    (0, class_validator_1.Min)(1, { message: 'LOCKOUT_SECONDS must be a positive integer' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "LOCKOUT_SECONDS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^https?:\/\/[^\s/]+(\/\S*)?$/, {
        message: 'CAPTCHA_VERIFY_URL must be an http(s) URL such as https://www.google.com/recaptcha/api/siteverify',
    }),
    __metadata("design:type", String)
], AppConfig.prototype, "CAPTCHA_VERIFY_URL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(512, { message: 'CAPTCHA_SECRET must be at most 512 characters long' }),
    __metadata("design:type", String)
], AppConfig.prototype, "CAPTCHA_SECRET", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'CAPTCHA_TIMEOUT_MS must be an integer between 100 and 30000' }),
    (0, class_validator_1.Min)(100, { message: 'CAPTCHA_TIMEOUT_MS must be an integer between 100 and 30000' }),
    (0, class_validator_1.Max)(30000, { message: 'CAPTCHA_TIMEOUT_MS must be an integer between 100 and 30000' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "CAPTCHA_TIMEOUT_MS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800' }),
    (0, class_validator_1.Min)(300, { message: 'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800' }),
    (0, class_validator_1.Max)(604_800, {
        message: 'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "ACTIVATION_CODE_TTL", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600' }),
    (0, class_validator_1.Min)(0, { message: 'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600' }),
    (0, class_validator_1.Max)(3600, {
        message: 'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "ACTIVATION_RESEND_COOLDOWN", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000' }),
    (0, class_validator_1.Min)(60, { message: 'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000' }),
    (0, class_validator_1.Max)(2_592_000, {
        message: 'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "IDEMPOTENCY_KEY_TTL", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400' }),
    (0, class_validator_1.Min)(10, { message: 'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400' }),
    (0, class_validator_1.Max)(86_400, {
        message: 'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "IDEMPOTENCY_LOCK_TIMEOUT", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({
        message: 'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000',
    }),
    (0, class_validator_1.Min)(0, {
        message: 'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000',
    }),
    (0, class_validator_1.Max)(2_592_000, {
        message: 'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "DEPOSIT_LIMIT_COOLING_OFF_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800' }),
    (0, class_validator_1.Min)(1, { message: 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800' }),
    (0, class_validator_1.Max)(604_800, {
        message: 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "GAME_SESSION_IDLE_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({
        message: 'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
    }),
    (0, class_validator_1.Min)(0, {
        message: 'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
    }),
    (0, class_validator_1.Max)(86_400, {
        message: 'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "GAME_SESSION_EXPIRY_INTERVAL_SECONDS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(32, { message: 'SANDBOX_CALLBACK_SECRET must be 32 to 512 characters long' }),
    (0, class_validator_1.MaxLength)(512, { message: 'SANDBOX_CALLBACK_SECRET must be 32 to 512 characters long' }),
    __metadata("design:type", String)
], AppConfig.prototype, "SANDBOX_CALLBACK_SECRET", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({
        message: 'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600',
    }),
    (0, class_validator_1.Min)(30, {
        message: 'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600',
    }),
    (0, class_validator_1.Max)(3600, {
        message: 'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "PAYMENT_CALLBACK_TOLERANCE_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds between 1 and 600' }),
    (0, class_validator_1.Min)(1, { message: 'SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds between 1 and 600' }),
    (0, class_validator_1.Max)(600, { message: 'SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds between 1 and 600' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "SHUTDOWN_TIMEOUT_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'MAX_ACTIVE_BONUSES must be an integer between 1 and 100' }),
    (0, class_validator_1.Min)(1, { message: 'MAX_ACTIVE_BONUSES must be an integer between 1 and 100' }),
    (0, class_validator_1.Max)(100, { message: 'MAX_ACTIVE_BONUSES must be an integer between 1 and 100' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "MAX_ACTIVE_BONUSES", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({
        message: 'BONUS_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
    }),
    (0, class_validator_1.Min)(0, {
        message: 'BONUS_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
    }),
    (0, class_validator_1.Max)(86_400, {
        message: 'BONUS_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400',
    }),
    __metadata("design:type", Number)
], AppConfig.prototype, "BONUS_EXPIRY_INTERVAL_SECONDS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'BODY_LIMIT_BYTES must be a number of bytes between 1024 and 104857600' }),
    (0, class_validator_1.Min)(1024, { message: 'BODY_LIMIT_BYTES must be a number of bytes between 1024 and 104857600' }),
    (0, class_validator_1.Max)(104_857_600, {
        message: 'BODY_LIMIT_BYTES must be a number of bytes between 1024 and 104857600',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "BODY_LIMIT_BYTES", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'JSON_MAX_DEPTH must be an integer between 2 and 256' }),
    (0, class_validator_1.Min)(2, { message: 'JSON_MAX_DEPTH must be an integer between 2 and 256' }),
    (0, class_validator_1.Max)(256, { message: 'JSON_MAX_DEPTH must be an integer between 2 and 256' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "JSON_MAX_DEPTH", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'MAX_HEADER_BYTES must be a number of bytes between 4096 and 65536' }),
    (0, class_validator_1.Min)(4096, { message: 'MAX_HEADER_BYTES must be a number of bytes between 4096 and 65536' }),
    (0, class_validator_1.Max)(65_536, { message: 'MAX_HEADER_BYTES must be a number of bytes between 4096 and 65536' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "MAX_HEADER_BYTES", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'REQUEST_TIMEOUT_MS must be a number of milliseconds between 100 and 600000' }),
    (0, class_validator_1.Min)(100, {
        message: 'REQUEST_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
    }),
    (0, class_validator_1.Max)(600_000, {
        message: 'REQUEST_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "REQUEST_TIMEOUT_MS", void 0);
__decorate([
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'HANDLER_TIMEOUT_MS must be a number of milliseconds between 100 and 600000' }),
    (0, class_validator_1.Min)(100, {
        message: 'HANDLER_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
    }),
    (0, class_validator_1.Max)(600_000, {
        message: 'HANDLER_TIMEOUT_MS must be a number of milliseconds between 100 and 600000',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "HANDLER_TIMEOUT_MS", void 0);
class ConfigError extends Error {
}
exports.ConfigError = ConfigError;
/**
 * Builds the configuration from environment variables. Throws a ConfigError whose message has one
 * line per invalid variable, naming it and the expected form.
 */
function loadConfig(env) {
    const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
    const config = (0, class_transformer_1.plainToInstance)(AppConfig, present, { exposeDefaultValues: true });
    const problems = (0, class_validator_1.validateSync)(config, { whitelist: false }).flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1));
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
//# sourceMappingURL=app-config.js.map