import type { Tx } from '../../../platform/db/database.ts';
import { lastDocumentSeq, lockDocumentNumbers } from './agency-case.repository.ts';

/**
 * The next number of a series of transfer documents, `<region>-<series>-<year>-<seq>` with a
 * six-digit sequence per issuing agency, series and year (e.g. `440100-LXH-2026-000123`; series
 * LXH 联系函, XXB 信息表, WCGZ 完成告知). Numbers are unique (the table's unique index) and
 * without gaps: the series is locked until the caller's transaction ends, so two agencies' staff
 * accepting at once wait for each other only within the same region.
 */
export async function nextDocumentNumber(
  tx: Tx,
  { regionCode, series, year }: { regionCode: string; series: string; year: string },
): Promise<string> {
  const prefix = `${regionCode}-${series}-${year}-`;
  await lockDocumentNumbers(tx, prefix);
  const next = (await lastDocumentSeq(tx, prefix)) + 1;
  if (next > 999_999) throw new Error(`The document series ${prefix} is full`);
  return `${prefix}${String(next).padStart(6, '0')}`;
}
