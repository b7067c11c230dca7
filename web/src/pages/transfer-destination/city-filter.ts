import type { Region } from '../../api/client.ts';

/** The cities whose name contains the typed text; the chosen one stays listed whatever is typed. */
export function filterCities(regions: Region[], text: string, chosen: string | null) {
  const wanted = text.trim().toLowerCase();
  const matching = regions.filter((region) => region.name.toLowerCase().includes(wanted));
  const shown = regions.filter((region) => matching.includes(region) || region.code === chosen);
  return { matching, shown };
}

/** The province's name, read off a city's full name (广东省广州市 minus 广州市). */
export function provinceNameOf(regions: Region[]): string | null {
  for (const region of regions) {
    if (region.fullName.length > region.name.length && region.fullName.endsWith(region.name)) {
      return region.fullName.slice(0, -region.name.length);
    }
  }
  return regions[0]?.fullName ?? null;
}
