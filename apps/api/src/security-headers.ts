import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy the web console and GraphiQL run under: no inline script, Ant
 * Design's injected styles, same-origin GraphQL and socket.io (ws:/wss:), and no framing at all.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response (helmet): nosniff, the CSP above, Referrer-Policy,
 * X-Frame-Options as a fallback to frame-ancestors. HSTS is sent only when the request came over
 * TLS — directly or, with TRUST_PROXY, as `X-Forwarded-Proto: https` from a trusted proxy — since
 * a browser ignores it over plain HTTP and a proxy that terminates TLS may serve other hosts.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      xFrameOptions: { action: 'deny' },
      // Same-origin resources only; cross-origin isolation would break nothing here but buys nothing either.
      crossOriginEmbedderPolicy: false,
    }),
    (req: Request, res: Response, next: NextFunction): void => {
      if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
      next();
    },
  ];
}
