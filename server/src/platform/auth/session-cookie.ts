import type { CookieSerializeOptions } from '@fastify/cookie';

/**
 * The session cookie. In production it is `__Host-` prefixed, so the browser only accepts it over
 * HTTPS, for this exact host and path `/`. SameSite=Strict: no other site can make the browser
 * send it. (Browsers treat http://localhost as secure, so development works without TLS.)
 */
export function sessionCookie(isProduction: boolean): {
  name: string;
  options: CookieSerializeOptions;
} {
  return {
    name: isProduction ? '__Host-shebao_session' : 'shebao_session',
    options: { httpOnly: true, secure: true, sameSite: 'strict', path: '/' },
  };
}
