import { ConsoleLogger, LogLevel } from '@nestjs/common';

import { AppConfig } from '../config/app.config';
import { Redactor } from './redact';

export type LogFormat = 'json' | 'pretty';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The Nest log levels at and above LOG_LEVEL's. */
export function logLevels(level: string): LogLevel[] {
  const index = LEVELS.indexOf(level as LogLevel);
  return LEVELS.slice(0, index < 0 ? 4 : index + 1);
}

/** A structured log record: `msg` is the line's text, every other key a field of it. */
export interface LogRecord {
  msg: string;
  [field: string]: unknown;
}

function isRecord(value: unknown): value is LogRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as LogRecord).msg === 'string';
}

function prettyRecord({ msg, ...fields }: LogRecord): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [msg, ...parts].join(' ');
}

/**
 * Nest's console logger with two formats: one JSON object per line (production: what a log
 * shipper reads) or Nest's coloured text (the embedded demo). Every message, field and stack is
 * passed through the redactor first, so a configured secret or a credential-shaped value never
 * reaches the output, whoever logged it.
 */
export class AppLogger extends ConsoleLogger {
  constructor(
    private readonly redactor: Redactor,
    options: { format: LogFormat; levels: LogLevel[] },
  ) {
    super(
      options.format === 'json'
        ? {
            json: true,
            colors: false,
            compact: true,
            logLevels: options.levels,
          }
        : {
            json: false,
            colors: process.stdout.isTTY === true,
            logLevels: options.levels,
          },
    );
  }

  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    const clean = messages.map((message) => {
      const redacted = this.redactor.value(message);
      return !this.options.json && isRecord(redacted) ? prettyRecord(redacted) : redacted;
    });
    const stack = typeof errorStack === 'string' ? this.redactor.text(errorStack) : errorStack;
    super.printMessages(clean, context, logLevel, writeStreamType, stack);
  }

  protected override printStackTrace(stack: string): void {
    // Nest calls this for every error line, with or without a stack.
    super.printStackTrace(typeof stack === 'string' ? this.redactor.text(stack) : stack);
  }

  /** Fields of a record go to the top level beside level, time and context; its `msg` is the message. */
  protected override getJsonLogObject(
    message: unknown,
    options: {
      context: string;
      logLevel: LogLevel;
      writeStreamType?: 'stdout' | 'stderr';
      errorStack?: unknown;
    },
  ) {
    const base = super.getJsonLogObject(message, options);
    const time = new Date(base.timestamp).toISOString();
    if (!isRecord(message)) return { ...base, time };
    const { msg, ...fields } = message;
    // The line's own keys first; a field never replaces level, time or context.
    const line: Record<string, unknown> = {
      level: base.level,
      time,
      context: base.context,
      message: msg,
    };
    for (const [key, value] of Object.entries(fields)) if (!(key in line) && key !== 'pid' && key !== 'timestamp' && key !== 'stack') line[key] = value;
    return {
      ...line,
      pid: base.pid,
      timestamp: base.timestamp,
      ...(base.stack ? { stack: base.stack } : {}),
    } as typeof base & { time: string };
  }
}

/** LOG_FORMAT, or JSON lines in production and text elsewhere. */
export function logFormat(config: Pick<AppConfig, 'LOG_FORMAT' | 'NODE_ENV'>): LogFormat {
  return config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty');
}

/** The logger every process installs (Nest's and every `new Logger(context)` write through it). */
export function createAppLogger(config: AppConfig, extraSecrets: Iterable<string | undefined> = []): AppLogger {
  return new AppLogger(Redactor.fromConfig(config, extraSecrets), {
    format: logFormat(config),
    levels: logLevels(config.LOG_LEVEL),
  });
}
