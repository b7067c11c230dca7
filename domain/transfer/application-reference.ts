// The short reference a person quotes for an online application (申请编号): the first 12 hex
// digits of its id, in capitals, as `019AC3F2-7B1E` — what the citizen's confirmation page shows
// (web/src/api/transfers.ts). Ids are UUIDv7, whose first 48 bits are the creation time in
// milliseconds: 8 digits alone would repeat for every application made within the same ~65
// seconds, 12 tell apart any two not made in the same millisecond. Staff find a case by typing
// it, or any longer part of the id (a shared millisecond shows both cases).

/** The reference of the application with this id. */
export function applicationReference(id: string): string {
  return id.slice(0, 13).toUpperCase();
}

/**
 * The ids that begin with what was typed (a reference or more of the id, any case, dashes
 * optional), as an inclusive range of UUIDs so that a primary-key index can answer it; undefined
 * when the text cannot begin an id.
 */
export function idRangeOfReference(text: string): { first: string; last: string } | undefined {
  const hex = text.trim().replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{1,32}$/.test(hex)) return undefined;
  const asUuid = (digits: string) =>
    `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
  return { first: asUuid(hex.padEnd(32, '0')), last: asUuid(hex.padEnd(32, 'f')) };
}
