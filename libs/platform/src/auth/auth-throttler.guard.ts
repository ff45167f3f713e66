import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Throttles the sign-in and sign-up mutations per client address. Applied per resolver with
 * @UseGuards(AuthThrottlerGuard) rather than globally: ordinary queries are not throttled here.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown>; res: Record<string, unknown> }>();
      return { req: ctx.req, res: ctx.res };
    }
    return super.getRequestResponse(context);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    // req.ip is the address Express derives under TRUST_PROXY; the left-most X-Forwarded-For entry
    // (req.ips[0]) is whatever the client chose to write.
    return (req.ip as string | undefined) ?? 'unknown';
  }
}
