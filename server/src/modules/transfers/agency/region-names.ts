import type { TransferDestinationRegistry } from '../../regions/index.ts';

type RegionDirectory = Awaited<ReturnType<TransferDestinationRegistry['directory']>>;

/** A region as a staff page names it, with its agency. */
export interface NamedRegion {
  code: string;
  /** The name people use, e.g. 广州市, 北京市. */
  name: string;
  /** Province, city and county, e.g. 广东省广州市海珠区. */
  fullName: string;
  /** The social insurance agency of the region; null when the registry has none. */
  agencyName: string | null;
}

/** Names regions from the regions registry's directory; an unknown code is named by its code. */
export function regionNamer(directory: RegionDirectory): (code: string) => NamedRegion {
  return (code) => {
    const region = directory.get(code);
    return {
      code,
      name: region ? directory.displayName(region) : code,
      fullName: region ? directory.fullName(region) : code,
      agencyName: directory.agencyOf(code)?.name ?? null,
    };
  };
}
