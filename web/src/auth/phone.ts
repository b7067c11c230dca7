/**
 * The 11 digits of a mainland mobile number as typed (spaces, hyphens and +86 allowed), or null
 * when it is not one. The server checks again; this only lets the page show the number masked.
 */
export function phoneDigits(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '').replace(/^(\+?86)(?=\d{11}$)/, '');
  return /^1\d{10}$/.test(digits) ? digits : null;
}

/** 13800138000 → 138****8000, as the server masks it. */
export function maskPhone(digits: string): string {
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/**
 * A path inside this app to return to (after signing in, or after proving it is you); anything
 * else is refused. Backslashes, spaces and control characters are refused anywhere: browsers drop
 * or rewrite them, which can turn `/<tab>/evil.example` into the other site `//evil.example`.
 */
export function safeReturnPath(value: unknown): string | null {
  return typeof value === 'string' && /^\/(?![/\\])[^\\\s\p{Cc}]*$/u.test(value) ? value : null;
}
