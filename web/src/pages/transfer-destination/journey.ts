import { insuranceSchemes, type InsuranceScheme } from '../../../../domain/schemes.ts';

/** The pages of the inquiry 查询转入地是否开通线上转移申请; each answer so far lives in the URL. */
export const journeyPaths = {
  scheme: '/transfer-destination',
  province: '/transfer-destination/province',
  city: '/transfer-destination/city',
  result: '/transfer-destination/result',
} as const;

export function parseScheme(value: string | null): InsuranceScheme | null {
  return insuranceSchemes.find((scheme) => scheme === value) ?? null;
}

/** A GB/T 2260 region code: six digits. */
export function parseRegionCode(value: string | null): string | null {
  return value !== null && /^\d{6}$/.test(value) ? value : null;
}

/** A journey page's URL with the given answers; empty ones are left out. */
export function journeyUrl(
  path: (typeof journeyPaths)[keyof typeof journeyPaths],
  answers: Record<string, string | null | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(answers)) if (value) query.set(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
