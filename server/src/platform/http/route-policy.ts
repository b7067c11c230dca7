import type { FastifyInstance } from 'fastify';

/**
 * Who may call a route. Each API route names its policy in `config.policy`; the server refuses to
 * start with an API route that names none, so no route is open by omission (SECURITY.md).
 */
export type RoutePolicy =
  /** Anyone, signed in or not. */
  | 'public'
  /** A signed-in citizen; object-level checks happen in the command or query. */
  | 'citizen';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export function requireRoutePolicies(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (!route.config?.policy) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no policy (config.policy)`,
      );
    }
  });
}
