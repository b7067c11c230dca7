import rateLimit from '@fastify/rate-limit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { AppError } from '../errors/app-error.ts';

/**
 * Security headers on every response (SECURITY.md "Errors and headers") and a per-address rate
 * limit.
 */
/**
 * The headers helmet's middleware sets, captured once: they do not depend on the request, and
 * setting them on the raw response for every request (as helmet's middleware does) halved the
 * throughput of the inquiry in `npm run bench`.
 */
function headersOf(middleware: ReturnType<typeof helmet>): Record<string, string> {
  const captured: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | string[]) => {
      captured[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: () => undefined,
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return captured;
}

export async function registerSecurity(
  app: FastifyInstance,
  options: { rateLimitPerMinute: number },
): Promise<void> {
  // helmet computes the header values, once (@fastify/helmet rebuilds its middleware and
  // re-parses the CSP on every request).
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
  const headers = headersOf(securityHeaders);
  // API answers are JSON, never documents: OWASP's REST set is enough for them, and every byte
  // is paid on every answer. They are never cached: they may carry personal data.
  const apiHeaders = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'strict-transport-security': headers['strict-transport-security']!,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
  };
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : headers);
    done();
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
