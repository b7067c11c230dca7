import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { AppError } from '../errors/app-error.ts';

/**
 * Security headers on every response (SECURITY.md "Errors and headers") and a per-address rate
 * limit.
 */
export async function registerSecurity(
  app: FastifyInstance,
  options: { rateLimitPerMinute: number },
): Promise<void> {
  // helmet's middleware is built once, here: its header values are computed at start, not per
  // request (@fastify/helmet rebuilds them on every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    // Headers for browsers long gone add bytes to every answer and protect nobody now.
    xXssProtection: false,
    xDownloadOptions: false,
    xDnsPrefetchControl: false,
    originAgentCluster: false,
    xPermittedCrossDomainPolicies: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    // API answers are never cached: they may carry personal data.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });

  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute,
    timeWindow: '1 minute',
    // The limit headers go out with the 429 (and Retry-After), not on every answer.
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    // The plugin sets Retry-After before throwing; our error handler writes the body.
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
}
