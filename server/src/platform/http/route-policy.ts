import type { FastifyInstance } from 'fastify';

/**
 * Who may call a route. Each API route names its policy in `config.policy`; the server refuses to
 * start with an API route that names none, so no route is open by omission (SECURITY.md).
 */
export type RoutePolicy =
  /** Anyone, signed in or not. */
  | 'public'
  /** A signed-in citizen; object-level checks happen in the command or query. */
  | 'citizen'
  /** Any signed-in staff account, administrators included (their own account, sign-out). */
  | 'staff'
  /** Agency staff or supervisors; cases are then limited to their agency's region. */
  | 'agency'
  /** Agency supervisors only (overdue cases, handling times of their agency). */
  | 'agency_supervisor'
  /** The system administrator: configuration and accounts. */
  | 'sysadmin'
  /** The security administrator: security policy. */
  | 'secadmin'
  /** The audit administrator: reads the audit log only. */
  | 'auditadmin';

/** The staff roles each staff policy admits. */
export const staffPolicyRoles = {
  staff: ['agency_staff', 'agency_supervisor', 'sysadmin', 'secadmin', 'auditadmin'],
  agency: ['agency_staff', 'agency_supervisor'],
  agency_supervisor: ['agency_supervisor'],
  sysadmin: ['sysadmin'],
  secadmin: ['secadmin'],
  auditadmin: ['auditadmin'],
} as const satisfies Record<Exclude<RoutePolicy, 'public' | 'citizen'>, readonly string[]>;

export type StaffPolicy = keyof typeof staffPolicyRoles;

export function isStaffPolicy(policy: RoutePolicy | undefined): policy is StaffPolicy {
  return policy !== undefined && policy in staffPolicyRoles;
}

export interface DeclaredPolicy {
  method: string;
  url: string;
  policy: RoutePolicy;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyInstance {
    /** Every API route with its policy: the route-table × roles test walks it. */
    routePolicies: readonly DeclaredPolicy[];
  }
}

export function requireRoutePolicies(app: FastifyInstance): void {
  const declared: DeclaredPolicy[] = [];
  app.decorate('routePolicies', declared);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const policy = route.config?.policy;
    if (!policy) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no policy (config.policy)`,
      );
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') declared.push({ method, url: route.url, policy });
    }
  });
}
