import type { InsuranceScheme } from '../../../domain/schemes.ts';
import { api, type Region, type TransferDestination } from './client.ts';
import { unwrap } from './unwrap.ts';

/** The 31 provinces, autonomous regions and municipalities. */
export async function listProvinces(signal: AbortSignal): Promise<Region[]> {
  return (await unwrap(api.GET('/api/v1/regions', { signal }))).regions;
}

/** The destination-level regions a person picks from under one province. */
export async function listDestinations(
  provinceCode: string,
  signal: AbortSignal,
): Promise<Region[]> {
  const request = api.GET('/api/v1/regions', {
    params: { query: { parentCode: provinceCode } },
    signal,
  });
  return (await unwrap(request)).regions;
}

/** Destination-level regions anywhere whose name contains the text (at most 30). */
export async function searchDestinations(text: string, signal: AbortSignal): Promise<Region[]> {
  const request = api.GET('/api/v1/regions', { params: { query: { q: text } }, signal });
  return (await unwrap(request)).regions;
}

/** Whether the destination accepts online transfer applications for the scheme. */
export async function getTransferDestination(
  regionCode: string,
  scheme: InsuranceScheme,
  signal: AbortSignal,
): Promise<TransferDestination> {
  const request = api.GET('/api/v1/transfer-destinations/{regionCode}', {
    params: { path: { regionCode }, query: { scheme } },
    signal,
  });
  return unwrap(request);
}
