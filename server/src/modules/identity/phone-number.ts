/**
 * A mainland mobile number as people type it — with spaces, hyphens or a +86/0086 prefix —
 * reduced to its 11 digits, or undefined when it is not one.
 */
export function normalizeMobilePhone(input: string): string | undefined {
  const digits = input.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}
