import type { Executor } from '../../../platform/db/database.ts';
import { selectPersonNames } from '../persons.repository.ts';

/**
 * The names of many persons at once, by id, e.g. for a page of a work queue: one statement
 * however long the page. Unknown ids have no entry. Names are in clear: mask them for display.
 */
export async function findPersonNames({
  db,
  personIds,
}: {
  db: Executor;
  personIds: Iterable<string>;
}): Promise<Map<string, string>> {
  const rows = await selectPersonNames(db, [...new Set(personIds)]);
  return new Map(rows.map((row) => [row.id, row.name]));
}
