import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';

import { AppConfig } from '../config/app.config';

/** One fixed-window counter after an increment: events so far in the window, and when it ends. */
export interface RateCount {
  count: number;
  retryAfterMs: number;
}

interface CounterBackend {
  hit(key: string, windowMs: number): Promise<RateCount>;
  release(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

/** Counters of one process: what a single instance (or the embedded default) needs. */
class MemoryCounters implements CounterBackend {
  private readonly counters = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowMs: number): Promise<RateCount> {
    const now = Date.now();
    if (this.counters.size > 50_000) this.sweep(now);
    let entry = this.counters.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      this.counters.set(key, entry);
    }
    entry.count += 1;
    return { count: entry.count, retryAfterMs: entry.resetAt - now };
  }

  async release(key: string): Promise<void> {
    const entry = this.counters.get(key);
    if (entry && entry.count > 0) entry.count -= 1;
  }

  async reset(key: string): Promise<void> {
    this.counters.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.counters) if (entry.resetAt <= now) this.counters.delete(key);
  }
}

/** INCR, with the window's expiry set by the first event; answers the count and the time left. */
const HIT_SCRIPT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {c, ttl}`;
const RELEASE_SCRIPT = `if (tonumber(redis.call('GET', KEYS[1]) or '0') > 0) then redis.call('DECR', KEYS[1]) end return 1`;

type RedisClient = ReturnType<typeof createClient>;

/** Counters in Redis, shared by every API instance. */
class RedisCounters implements CounterBackend {
  constructor(private readonly client: RedisClient) {}

  async hit(key: string, windowMs: number): Promise<RateCount> {
    const [count, ttl] = (await this.client.eval(HIT_SCRIPT, { keys: [key], arguments: [String(windowMs)] })) as [number, number];
    return { count: Number(count), retryAfterMs: Number(ttl) };
  }

  async release(key: string): Promise<void> {
    await this.client.eval(RELEASE_SCRIPT, { keys: [key], arguments: [] });
  }

  async reset(key: string): Promise<void> {
    await this.client.del(key);
  }
}

const PREFIX = 'techbridge:rate:';

/**
 * Fixed-window counters for rate limits (sign-in failures, chat messages): in Redis when
 * REDIS_URL is set, so that every API instance counts against the same budget, and in memory
 * otherwise. The Redis client connects on first use (processes that never limit anything never
 * connect). If Redis fails, counting falls back to this process' memory rather than refusing
 * every sign-in or letting every attempt through.
 */
@Injectable()
export class RateLimitStore implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitStore.name);
  private readonly memory = new MemoryCounters();
  private redis: Promise<RedisCounters> | null = null;
  private client: RedisClient | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Whether counts are shared between instances. */
  get shared(): boolean {
    return this.config.REDIS_URL !== undefined;
  }

  /** Counts one event under `key` in a window of `windowMs`. */
  async hit(key: string, windowMs: number): Promise<RateCount> {
    return this.run((backend) => backend.hit(PREFIX + key, windowMs));
  }

  /** Takes one event back (e.g. an attempt that turned out to be a success). */
  async release(key: string): Promise<void> {
    await this.run((backend) => backend.release(PREFIX + key));
  }

  async reset(key: string): Promise<void> {
    await this.run((backend) => backend.reset(PREFIX + key));
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.redis = null;
    if (client?.isOpen) await client.close();
  }

  private async run<T>(call: (backend: CounterBackend) => Promise<T>): Promise<T> {
    if (!this.config.REDIS_URL) return call(this.memory);
    try {
      return await call(await this.connect(this.config.REDIS_URL));
    } catch (error) {
      this.logger.error(`Rate limits fall back to this process: ${(error as Error).message}`);
      const broken = this.client;
      this.client = null;
      this.redis = null;
      if (broken?.isOpen) void broken.close().catch(() => undefined);
      return call(this.memory);
    }
  }

  private connect(url: string): Promise<RedisCounters> {
    this.redis ??= (async () => {
      const client = createClient({ url, socket: { reconnectStrategy: false } });
      client.on('error', (error: Error) => this.logger.error(`Redis: ${error.message}`));
      this.client = client as RedisClient;
      await client.connect();
      return new RedisCounters(client as RedisClient);
    })();
    return this.redis;
  }
}
