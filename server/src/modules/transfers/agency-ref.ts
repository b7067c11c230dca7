/** An agency as the applicant's pages name it: the region it serves and its name. */
export interface AgencyRef {
  regionCode: string;
  name: string;
}

/** Where agencies are found by the region they serve (the regions module's directory). */
export interface AgencyDirectory {
  agencyOf(regionCode: string): AgencyRef | undefined;
}

/** The agency serving a region; null where there is no region or the directory has none. */
export function agencyRef(
  directory: AgencyDirectory,
  regionCode: string | null | undefined,
): AgencyRef | null {
  const agency = regionCode == null ? undefined : directory.agencyOf(regionCode);
  return agency ? { regionCode: agency.regionCode, name: agency.name } : null;
}
