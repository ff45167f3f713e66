import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { AppConfig, rateLimited, RateLimitStore } from '@techbridge/platform';

const hashed = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Budgets for guessing passwords, counted in the shared rate-limit store (Redis when set, so that
 * every API instance counts against one budget):
 * - per account: AUTH_ACCOUNT_FAILURE_LIMIT failed sign-ins per AUTH_FAILURE_WINDOW_SECONDS,
 *   whatever address they come from — moving to another address does not reset it;
 * - per client address: AUTH_ADDRESS_FAILURE_LIMIT, larger, since a campus or an office signs in
 *   from behind one address.
 *
 * An attempt is counted before the password is checked (so parallel guesses cannot outrun the
 * count) and taken back when it succeeds; a success also clears the account's failures.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  /** Counts a sign-in attempt; throws RATE_LIMITED (with retry-after) when a budget is spent. */
  async attempt(email: string, address: string): Promise<void> {
    const windowMs = this.config.AUTH_FAILURE_WINDOW_SECONDS * 1000;
    const [account, client] = await Promise.all([this.store.hit(this.accountKey(email), windowMs), this.store.hit(this.addressKey(address), windowMs)]);
    const accountOver = account.count > this.config.AUTH_ACCOUNT_FAILURE_LIMIT;
    const addressOver = client.count > this.config.AUTH_ADDRESS_FAILURE_LIMIT;
    if (accountOver || addressOver) {
      // A refused attempt checks no password: it does not eat further into the budget.
      await Promise.all([this.store.release(this.accountKey(email)), this.store.release(this.addressKey(address))]);
      const retryAfterMs = Math.max(accountOver ? account.retryAfterMs : 0, addressOver ? client.retryAfterMs : 0);
      throw rateLimited('Too many failed sign-ins; try again later', retryAfterMs, 'SIGN_IN_THROTTLED');
    }
  }

  /** The attempt was a success: it does not count against the address, and the account starts afresh. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.store.reset(this.accountKey(email)), this.store.release(this.addressKey(address))]);
  }

  private accountKey(email: string): string {
    // Hashed: keys in Redis should not list who is being attacked.
    return `signin:account:${hashed(email.trim().toLowerCase())}`;
  }

  private addressKey(address: string): string {
    return `signin:address:${address}`;
  }
}
