import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  getMetadataStorage,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

const toJsonObject = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/** A JSON object of non-negative numbers (relative weights, merged over defaults elsewhere). */
const IsWeightMap = () =>
  ValidateBy({
    name: 'isWeightMap',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const weights = Object.values(value as Record<string, unknown>);
        return weights.every((weight) => typeof weight === 'number' && Number.isFinite(weight) && weight >= 0);
      },
      defaultMessage: () => 'MATCH_WEIGHTS must be a JSON object of non-negative numbers, e.g. {"text":0.4,"field":0.2}',
    },
  });

/** Names of variables whose values must never reach a log line or an error message. */
export const SECRET_VARIABLES = ['DATABASE_URL', 'JWT_SECRET', 'ADMIN_PASSWORD', 'MEILI_API_KEY', 'REDIS_URL'] as const;

/**
 * Every environment variable the processes read, validated once at boot.
 * Defaults are inline; conditional requirements use @ValidateIf.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Unset: the embedded PostgreSQL under DATA_DIR is started and used. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /** Where the embedded database and generated secrets live. */
  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Defaults to true on the embedded database and false on a managed one. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @ValidateIf((config: AppConfig) => config.ADMIN_EMAIL !== undefined)
  @IsString({ message: 'ADMIN_PASSWORD is required when ADMIN_EMAIL is set' })
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD?: string;

  /** Generated and kept under DATA_DIR on the embedded default; required with DATABASE_URL. */
  @ValidateIf((config: AppConfig) => config.DATABASE_URL !== undefined || config.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required when DATABASE_URL is set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @IsIn(['postgres', 'meilisearch'])
  SEARCH_ENGINE: 'postgres' | 'meilisearch' = 'postgres';

  @ValidateIf((config: AppConfig) => config.SEARCH_ENGINE === 'meilisearch')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'MEILI_HOST must be an http(s) URL when SEARCH_ENGINE=meilisearch' })
  MEILI_HOST?: string;

  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  /** Chat: sockets one user may hold open at once on an API instance. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  CHAT_MAX_SOCKETS_PER_USER = 10;

  /** Chat: messages one socket may send per window (RATE_LIMITED beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CHAT_RATE_LIMIT = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  CHAT_RATE_WINDOW_SECONDS = 10;

  /** Chat: largest socket.io packet accepted, in bytes (a 4,000-character body plus an offer fits). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(10_000_000)
  CHAT_MAX_PAYLOAD_BYTES = 65_536;

  /** Allowed browser origins; empty means same-origin only. Never "*" in production. */
  @Transform(toList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /** Attempts per window for login and register, per client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 5000;

  @IsString()
  @Matches(/^\d+(kb|mb)$/, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT = '1mb';

  /** Run the background worker inside the API process (the embedded default). */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  RUN_WORKER?: boolean;

  /** Matchmaking events: result–need pairs scoring below this (0–100) are never proposed as meetings. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  EVENT_SCORE_FLOOR = 50;

  /** Matchmaking events: K, the most 1:1 meetings one organization gets over an event (both sides count). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_MEETINGS_PER_ORG = 6;
  /**
   * Overrides of the match scorer's relative weights by factor (text, field, maturity, price,
   * mode, region, ip, freshness, feedback); unset factors keep their defaults, the whole set is
   * normalised to sum 1. Factor names are checked by the matching lib at start.
   */
  @IsOptional()
  @Transform(toJsonObject)
  @IsWeightMap()
  MATCH_WEIGHTS?: Record<string, number>;
  /**
   * Results whose segmented text the matching lib keeps in memory (least recently used out);
   * 0 turns the cache off. About 0.8 KB per result.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  MATCH_FEATURE_CACHE_SIZE = 50_000;
  /**
   * Broker commission by contract type, `TYPE:percent` pairs (types left out keep their default:
   * DEVELOPMENT 3, TRANSFER 5, LICENSE 5, CONSULTING 8, SERVICE 8).
   */
  @IsString()
  @Matches(/^$|^\s*[A-Z]+\s*:\s*\d{1,3}(\.\d{1,2})?\s*(,\s*[A-Z]+\s*:\s*\d{1,3}(\.\d{1,2})?\s*)*$/, {
    message: 'COMMISSION_RATES must look like DEVELOPMENT:3,TRANSFER:5 (percent, at most two decimals)',
  })
  COMMISSION_RATES = '';

  /** Public holidays (Asia/Shanghai dates) skipped when deal deadlines count working days. */
  @Transform(toList)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'PUBLIC_HOLIDAYS must be comma-separated YYYY-MM-DD dates' })
  PUBLIC_HOLIDAYS: string[] = [];

  /** GraphiQL at /graphiql, bundled with the console (no CDN). Defaults to on except under NODE_ENV=production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_IDE?: boolean;

  /** The built console (`npm run build:web`), served at /; relative paths start at the working directory. */
  @IsString()
  WEB_DIST_DIR = 'apps/web/dist';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  get embeddedDatabase(): boolean {
    return this.DATABASE_URL === undefined;
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? this.embeddedDatabase;
  }

  get graphqlIde(): boolean {
    return this.GRAPHQL_IDE ?? this.NODE_ENV !== 'production';
  }

  get runWorker(): boolean {
    return this.RUN_WORKER ?? this.embeddedDatabase;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Validates the environment; throws ConfigError with one line per problem, never echoing a value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((meta) => meta.propertyName),
  );
  const input: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const config = plainToInstance(AppConfig, input, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ') || 'invalid value'}`),
    );
  }
  return config;
}
