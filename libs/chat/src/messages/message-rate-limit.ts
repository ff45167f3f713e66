import { Injectable } from '@nestjs/common';
import { AppConfig, rateLimited, RateLimitStore } from '@techbridge/platform';

/**
 * CHAT_RATE_LIMIT messages per CHAT_RATE_WINDOW_SECONDS per user: counted over all of a user's
 * sockets and the GraphQL `sendMessage` alike (ten sockets are not ten budgets), and with
 * REDIS_URL over every API instance.
 */
@Injectable()
export class MessageRateLimit {
  constructor(
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  /** Counts one message of the user; throws RATE_LIMITED (TOO_MANY_MESSAGES, with retry-after) past the limit. */
  async take(userId: string): Promise<void> {
    const sent = await this.store.hit(`chat:messages:${userId}`, this.config.CHAT_RATE_WINDOW_SECONDS * 1000);
    if (sent.count > this.config.CHAT_RATE_LIMIT) {
      throw rateLimited(
        `At most ${this.config.CHAT_RATE_LIMIT} messages per ${this.config.CHAT_RATE_WINDOW_SECONDS} s`,
        sent.retryAfterMs,
        'TOO_MANY_MESSAGES',
      );
    }
  }
}
