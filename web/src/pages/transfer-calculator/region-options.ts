import type { Region } from '../../api/client.ts';
import { listDestinations, listProvinces } from '../../api/regions.ts';

// The form asks for up to four places plus one per period, mostly in the same few provinces:
// each list is fetched once per visit. A failed fetch is forgotten, so that retrying fetches again.
const lists = new Map<string, Promise<Region[]>>();

function cached(key: string, load: (signal: AbortSignal) => Promise<Region[]>): Promise<Region[]> {
  let list = lists.get(key);
  if (!list) {
    // Shared by every question that asks, so no single question may cancel it.
    list = load(new AbortController().signal);
    lists.set(key, list);
    list.catch(() => lists.delete(key));
  }
  return list;
}

/** The provinces, autonomous regions and municipalities. */
export const loadProvinces = () => cached('provinces', listProvinces);

/** The cities (and counties reporting to the province) a person picks from under a province. */
export const loadCities = (provinceCode: string) =>
  cached(`cities:${provinceCode}`, (signal) => listDestinations(provinceCode, signal));
