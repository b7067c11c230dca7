import { createHash } from 'node:crypto';
import {
  checkArrangementYears,
  packageYears,
  useLoadedArrangements,
  validateHolidayArrangements,
  type ArrangementProblem,
  type HolidayArrangement,
} from '../../../../../domain/calendar/index.ts';
import { canonicalJson, recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { emitEvent } from '../../../platform/events/index.ts';
import {
  announceArrangementsChanged,
  lockArrangements,
  replaceArrangement,
  selectLoadedYears,
  selectStoredArrangements,
} from '../calendar.repository.ts';

/** What a load did, per year. */
export interface LoadedYear {
  year: number;
  notice: string;
  daysOff: number;
  workingDays: number;
  digest: string;
  /** The digest of the arrangement it replaced; null for a year loaded for the first time. */
  previousDigest: string | null;
}

export type LoadHolidayArrangementsResult<Extra> =
  | { ok: false; problems: ArrangementProblem[] }
  | { ok: true; years: LoadedYear[]; warnings: string[]; extra: Extra };

class Refused extends Error {
  constructor(readonly problems: ArrangementProblem[]) {
    super('refused');
  }
}

/**
 * Loads the holiday arrangements of a file (its JSON content, parsed; format in docs/OPERATIONS.md)
 * after validating every field and the years (the next after the covered ones, or a loaded year
 * corrected): all of it in one transaction, or nothing. The process's calendar uses the new
 * arrangements from inside the transaction, so that `alsoInTransaction` (the composition's hook:
 * recomputing the deadlines that depend on them) counts with them; if anything fails the
 * calendar goes back to what it was. Audited as one entry, with a `holiday-arrangements.loaded`
 * event; every other process reads them again when the transaction commits (NOTIFY).
 */
export async function loadHolidayArrangements<Extra extends Record<string, unknown>>({
  db,
  actor,
  content,
  now = new Date(),
  alsoInTransaction,
}: {
  db: Db;
  actor: Actor;
  content: unknown;
  now?: Date;
  alsoInTransaction: (tx: Tx, years: readonly number[]) => Promise<Extra>;
}): Promise<LoadHolidayArrangementsResult<Extra>> {
  const validation = validateHolidayArrangements(content);
  if (!validation.ok) return validation;
  const { arrangements, warnings } = validation;
  const years = arrangements.map((a) => a.year);
  const before = await selectStoredArrangements(db);
  try {
    const { loaded, extra } = await db.transaction(async (tx) => {
      await lockArrangements(tx);
      const problems = checkArrangementYears(years, {
        packageYears: packageYears(),
        loadedYears: await selectLoadedYears(tx),
      });
      if (problems.length > 0) throw new Refused(problems);
      const loaded = await storeAll(tx, arrangements, { now, actor });
      useLoadedArrangements(await selectStoredArrangements(tx));
      const extra = await alsoInTransaction(tx, years);
      await emitEvent(tx, { name: 'holiday-arrangements.loaded', payload: { years } });
      await recordAudit(tx, {
        actor,
        action: 'holiday-arrangements.loaded',
        subjectType: 'holiday-calendar',
        subjectId: years.join(','),
        data: { years: loaded, ...extra },
      });
      await announceArrangementsChanged(tx);
      return { loaded, extra };
    });
    return { ok: true, years: loaded, warnings, extra };
  } catch (error) {
    useLoadedArrangements(before);
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}

async function storeAll(
  tx: Tx,
  arrangements: readonly HolidayArrangement[],
  { now, actor }: { now: Date; actor: Actor },
): Promise<LoadedYear[]> {
  const loaded: LoadedYear[] = [];
  for (const arrangement of arrangements) {
    const digest = createHash('sha256').update(canonicalJson(arrangement)).digest('hex');
    const { previousDigest } = await replaceArrangement(tx, arrangement, {
      digest,
      loadedAt: now,
      loadedBy: `${actor.type}:${actor.id}`,
    });
    loaded.push({
      year: arrangement.year,
      notice: arrangement.notice,
      daysOff: arrangement.daysOff.length,
      workingDays: arrangement.workingDays.length,
      digest,
      previousDigest,
    });
  }
  return loaded;
}
