import type { Executor } from '../../../platform/db/database.ts';
import { selectOpenCardTasksOfAgency, type CardTaskRow } from '../cards.repository.ts';
import type { CardStaff } from './agency-card-access.ts';

/** The open card tasks of the staff member's agency, oldest first (the queue). */
export async function listAgencyCardTasks({
  db,
  staff,
  limit = 100,
}: {
  db: Executor;
  staff: CardStaff;
  limit?: number;
}): Promise<CardTaskRow[]> {
  return selectOpenCardTasksOfAgency(db, staff.agencyRegionCode, limit);
}
