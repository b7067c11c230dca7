// Which regions are "the same place" for the 50/40 rule and the 10-year rule — a project
// decision: the province (first two digits of the GB/T 2260 code).
// - 国办发〔2009〕66号 sets the fund transfer (Art. 4), the 50/40 rule (Art. 5) and the 10-year
//   rule (Art. 6) for people who move across provinces (跨省流动就业); moves inside a province
//   follow each province's own rules.
// - Since 2022 the employee pension is pooled nationally with provincial pooling
//   (全国统筹, 省级统筹): within a province no pooled fund moves, so the province is the pooling
//   area whose 户籍所在地 and 参保地 the 66号 rules compare.
// - Province codes are stable; county and city codes are renamed and merged (DOMAIN.md §2), and
//   a hukou code from an old ID number may no longer exist at city level.
// A province that also applies the 50/40 rule between its own cities would need a finer level,
// configurable per province; the national calculator does not model that.
import { provinceOf } from '../identifiers/province-codes.ts';
import type { RegionCode } from './types.ts';

/** The level at which two regions count as the same place. */
export const PLACE_LEVEL = 'province';

/** The part of a region code that names its place: the two-digit province code. */
export function placeOf(region: RegionCode): string {
  return region.slice(0, 2);
}

/** Whether two regions are in the same place (the same province). */
export function samePlace(a: RegionCode, b: RegionCode): boolean {
  return placeOf(a) === placeOf(b);
}

/** Whether `value` is six digits whose first two name a GB/T 2260 province. */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && /^\d{6}$/.test(value) && provinceOf(placeOf(value)) != null;
}

/** The region for people to read: its province name and code, e.g. "广东省（440300）". */
export function regionLabel(region: RegionCode): { zh: string; en: string } {
  const province = provinceOf(placeOf(region));
  if (!province) return { zh: region, en: region };
  return { zh: `${province.nameZh}（${region}）`, en: `${province.nameEn} (${region})` };
}
