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

  @IsIn(['true', 'false'], { message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = 'true';

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

  get issuer(): string {
    return this.ISSUER ?? `http://localhost:${this.PORT}`;
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

  if (problems.length > 0) {
    throw new ConfigError(problems.join('\n'));
  }
  return config;
}
