import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
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
  validateSync,
} from 'class-validator';

import { isCalendarDate } from './calendar-date';
import { COMMISSION_RATES_PATTERN } from './commission-rates.pattern';
import { isKnownDemoSecret, urlPassword } from './demo-secrets';

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

/** Each item a real `YYYY-MM-DD` date (no 2026-02-30). */
const IsCalendarDates = () =>
  ValidateBy({
    name: 'isCalendarDates',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && isCalendarDate(item)),
      defaultMessage: (args) => `${args?.property} must be comma-separated YYYY-MM-DD dates that exist`,
    },
  });

/** Names of variables whose values must never reach a log line or an error message. */
export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'JWT_SECRET',
  'ADMIN_PASSWORD',
  'MEILI_API_KEY',
  'REDIS_URL',
  'METRICS_TOKEN',
  'SMTP_URL',
  'S3_SECRET_ACCESS_KEY',
] as const;

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

  /** Chat: messages one user may send per window over all their sockets and instances (RATE_LIMITED beyond). */
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

  /** Attempts per window per client address for registration and other guarded anonymous calls (sign-in failures have their own limits below). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_WINDOW_SECONDS = 60;

  /** Failed sign-ins one account may take per failure window, from wherever they come. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_ACCOUNT_FAILURE_LIMIT = 5;

  /** Failed sign-ins one client address may make per failure window (larger: a campus or office shares one address). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_ADDRESS_FAILURE_LIMIT = 50;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_FAILURE_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 5000;

  /** Aliased fields per operation, fragments expanded: aliases are how one request asks for many pages. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 30;

  /** Fragment spreads per document: spreads of spreads multiply what validation has to walk. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_FRAGMENT_SPREADS = 100;

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
  @Matches(new RegExp(`^$|${COMMISSION_RATES_PATTERN.source}`), {
    message: 'COMMISSION_RATES must look like DEVELOPMENT:3,TRANSFER:5 (percent, at most two decimals)',
  })
  COMMISSION_RATES = '';

  /** Public holidays (Asia/Shanghai dates) skipped when deal deadlines count working days. */
  @Transform(toList)
  @IsCalendarDates()
  PUBLIC_HOLIDAYS: string[] = [];

  /** Make-up working days (调休): Saturdays or Sundays that count as working days for deal deadlines. */
  @Transform(toList)
  @IsCalendarDates()
  PUBLIC_WORKDAYS: string[] = [];

  /** Schema introspection; default on, except under NODE_ENV=production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  /**
   * Which proxies in front of the API to trust for the client address and `X-Forwarded-Proto`
   * (Express' `trust proxy`): `true`, `false`, a hop count, or comma-separated addresses/CIDRs
   * (`loopback`, `uniquelocal` …). Default: 1 hop under NODE_ENV=production, none otherwise.
   */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[0-9a-zA-Z.:/_-]+(\s*,\s*[0-9a-zA-Z.:/_-]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or comma-separated addresses',
  })
  TRUST_PROXY?: string;

  /** Outgoing mail server, e.g. smtps://user:pass@mail.example.org:465. Unset: mail is kept in the database (the admins' mailbox). */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From of every outgoing mail. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'TechBridge <no-reply@techbridge.local>';

  /** Where links in mails point (the console's origin), without a trailing slash. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'APP_URL must be an http(s) URL' })
  APP_URL = 'http://localhost:3000';

  /** First retry delay of a failed mail, in seconds; later retries back off exponentially. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_RETRY_DELAY_SECONDS = 30;

  /** Send attempts of one mail before it is dead-lettered (status FAILED). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(50)
  MAIL_RETRY_LIMIT = 8;

  /** Password-reset mails one address gets per hour at most; further requests answer true and send nothing. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  PASSWORD_RESET_MAX_PER_HOUR = 3;

  /** Accepting an NDA needs a verified e-mail address (off: deployments without outgoing mail). */
  @Transform(toBool)
  @IsBoolean()
  EMAIL_VERIFICATION_REQUIRED = true;

  /** Hour of the day (Asia/Shanghai) the daily notification digest is sent. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  MAIL_DIGEST_HOUR = 8;

  /** Where uploaded files are kept: under DATA_DIR (embedded default) or S3-compatible object storage. */
  @IsIn(['local', 's3'])
  FILES_STORAGE: 'local' | 's3' = 'local';

  /** Local storage folder; defaults to DATA_DIR/files. */
  @IsOptional()
  @IsString()
  FILES_DIR?: string;

  /** Largest upload accepted, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  FILES_MAX_BYTES = 10 * 1024 * 1024;

  /** Uploads attached to nothing for this long are deleted by the cleanup job. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FILES_ORPHAN_HOURS = 24;

  @ValidateIf((config: AppConfig) => config.FILES_STORAGE === 's3')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'S3_ENDPOINT must be an http(s) URL when FILES_STORAGE=s3' })
  S3_ENDPOINT?: string;

  @ValidateIf((config: AppConfig) => config.FILES_STORAGE === 's3')
  @IsString({ message: 'S3_BUCKET is required when FILES_STORAGE=s3' })
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a valid bucket name' })
  S3_BUCKET?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @ValidateIf((config: AppConfig) => config.FILES_STORAGE === 's3')
  @IsString({ message: 'S3_ACCESS_KEY_ID is required when FILES_STORAGE=s3' })
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((config: AppConfig) => config.FILES_STORAGE === 's3')
  @IsString({ message: 'S3_SECRET_ACCESS_KEY is required when FILES_STORAGE=s3' })
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style bucket addressing (MinIO and most self-hosted servers). */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

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

  /** json: one JSON object per line; pretty: coloured text. Default: json in production, pretty elsewhere. */
  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty';

  /** Prometheus metrics on their own port (/metrics and /health/live, nothing else); unset: see METRICS_TOKEN. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT?: number;

  /**
   * Without METRICS_PORT, metrics are served on the public port at METRICS_PATH: behind
   * `Authorization: Bearer <METRICS_TOKEN>` when set, open when unset outside production, and
   * not at all in production without a token.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsString()
  @Matches(/^\/[\w\-/]*$/, { message: 'METRICS_PATH must be a path such as /metrics' })
  METRICS_PATH = '/metrics';

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

  get introspection(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? this.NODE_ENV !== 'production';
  }

  /** The value for Express' `trust proxy` setting. */
  get trustProxy(): boolean | number | string[] {
    const value = this.TRUST_PROXY?.trim();
    if (value === undefined) return this.NODE_ENV === 'production' ? 1 : false;
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((item) => item.trim());
  }
}

/** Rules across variables, checked once each variable is valid on its own. */
function crossProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  const holidays = new Set(config.PUBLIC_HOLIDAYS);
  for (const day of config.PUBLIC_WORKDAYS) {
    if (holidays.has(day)) problems.push(`PUBLIC_WORKDAYS: ${day} is also in PUBLIC_HOLIDAYS`);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) problems.push(`PUBLIC_WORKDAYS: ${day} is a weekday already; make-up working days are Saturdays or Sundays`);
  }
  if (config.NODE_ENV === 'production') {
    // The names, never the values: these are secrets anyway, only published ones.
    const secrets: [string, string | null | undefined][] = [
      ['JWT_SECRET', config.JWT_SECRET],
      ['MEILI_API_KEY', config.MEILI_API_KEY],
      ['ADMIN_PASSWORD', config.ADMIN_PASSWORD],
      ['DATABASE_URL', config.DATABASE_URL ? urlPassword(config.DATABASE_URL) : null],
    ];
    for (const [name, value] of secrets) {
      if (value && isKnownDemoSecret(value))
        problems.push(`${name}: a published demo or placeholder secret cannot be used under NODE_ENV=production; set a secret of your own`);
    }
  }
  return problems;
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
    throw new ConfigError(errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ') || 'invalid value'}`));
  }
  const problems = crossProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
