import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type CombinedError } from 'urql';
import { accessTokenExpired, endSession, getAccessToken, hasRefreshToken, refreshSession } from '../auth/session';

export function isAuthError(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * One client for the console. Requests carry the in-memory access token; an expired token is
 * refreshed before the request goes out, and a request refused as UNAUTHENTICATED is retried once
 * after a refresh. When the refresh token is refused too, the session ends as expired.
 */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = getAccessToken();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError() {
          // No access token yet but a refresh token stored: the boot-time refresh is under way (or due).
          // Waiting for it (refreshSession joins the one in flight) keeps a signed-in person's first
          // requests from going out anonymous, e.g. a reloaded result page answered as to a stranger.
          return (getAccessToken() === null || accessTokenExpired()) && hasRefreshToken();
        },
        didAuthError(error) {
          return isAuthError(error) && (getAccessToken() !== null || hasRefreshToken());
        },
        async refreshAuth() {
          const refreshed = await refreshSession();
          if (!refreshed && getAccessToken()) endSession('expired');
        },
      })),
      fetchExchange,
    ],
  });
}
