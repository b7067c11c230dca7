import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { batchedLookup } from '../../platform/db/batched-lookup.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { preparedQuery } from '../../platform/db/prepared.ts';
import type { PeriodRow, RelationshipRow } from './insurance-record.ts';
import type { PersonRecord } from './person-record.ts';
import { contributionPeriods, insuranceRelationships, persons } from './persons.tables.ts';

export type PersonRow = typeof persons.$inferInsert;
export type NewRelationshipRow = typeof insuranceRelationships.$inferInsert;
export type NewPeriodRow = typeof contributionPeriods.$inferInsert;

const personColumns = {
  id: persons.id,
  name: persons.name,
  sex: persons.sex,
  birthDate: persons.birthDate,
  hukouRegionCode: persons.hukouRegionCode,
  status: persons.status,
  deceasedOn: persons.deceasedOn,
  version: persons.version,
  createdAt: persons.createdAt,
  citizenIdEncrypted: persons.citizenIdEncrypted,
  phoneEncrypted: persons.phoneEncrypted,
};

const relationshipColumns = {
  id: insuranceRelationships.id,
  scheme: insuranceRelationships.scheme,
  regionCode: insuranceRelationships.regionCode,
  status: insuranceRelationships.status,
  accountKind: insuranceRelationships.accountKind,
  arrearsFen: insuranceRelationships.arrearsFen,
  personalNumber: insuranceRelationships.personalNumber,
  startedOn: insuranceRelationships.startedOn,
  endedOn: insuranceRelationships.endedOn,
};

/**
 * A database error about a persons row without its row data: PostgreSQL's `detail` of a failed
 * insert repeats the row, name included, and Drizzle's message repeats every parameter.
 */
function withoutRowData(error: unknown): Error {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const { code, constraint, message } = cause as {
    code?: string;
    constraint?: string;
    message?: string;
  };
  return Object.assign(new Error(`persons: ${message ?? 'query failed'}`), { code, constraint });
}

/** Inserts a person; false when a person with the same ID number or phone index exists. */
export async function insertPerson(tx: Tx, row: PersonRow): Promise<boolean> {
  try {
    const inserted = await tx
      .insert(persons)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: persons.id });
    return inserted.length === 1;
  } catch (error) {
    throw withoutRowData(error);
  }
}

// The reads behind every eligibility check and submission, built once (platform/db/prepared.ts).
const personById = preparedQuery((db) =>
  db
    .select(personColumns)
    .from(persons)
    .where(eq(persons.id, sql.placeholder('id')))
    .prepare('persons_person_by_id'),
);

export async function selectPersonById(
  db: Executor,
  id: string,
): Promise<PersonRecord | undefined> {
  const [row] = await personById(db).execute({ id });
  return row;
}

/** The names of the persons with these ids, in one statement; unknown ids are left out. */
export async function selectPersonNames(
  db: Executor,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(inArray(persons.id, [...ids]));
}

export async function selectPersonByCitizenIdIndex(
  db: Executor,
  index: string,
): Promise<PersonRecord | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(persons)
    .where(eq(persons.citizenIdIndex, index));
  return row;
}

export async function selectPersonByPhoneIndex(
  db: Executor,
  index: string,
): Promise<PersonRecord | undefined> {
  const [row] = await db.select(personColumns).from(persons).where(eq(persons.phoneIndex, index));
  return row;
}

/** Inserts a relationship; false when it would be a second live one with the same agency. */
export async function insertRelationship(tx: Tx, row: NewRelationshipRow): Promise<boolean> {
  const inserted = await tx
    .insert(insuranceRelationships)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: insuranceRelationships.id });
  return inserted.length === 1;
}

export async function selectRelationship(
  db: Executor,
  personId: string,
  relationshipId: string,
): Promise<RelationshipRow | undefined> {
  const [row] = await db
    .select(relationshipColumns)
    .from(insuranceRelationships)
    .where(
      and(
        eq(insuranceRelationships.personId, personId),
        eq(insuranceRelationships.id, relationshipId),
      ),
    );
  return row;
}

export async function selectRelationships(
  db: Executor,
  personId: string,
): Promise<RelationshipRow[]> {
  return db
    .select(relationshipColumns)
    .from(insuranceRelationships)
    .where(eq(insuranceRelationships.personId, personId))
    .orderBy(asc(insuranceRelationships.startedOn));
}

export async function insertPeriods(tx: Tx, rows: NewPeriodRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(contributionPeriods).values(rows);
}

const periodColumns = {
  id: contributionPeriods.id,
  relationshipId: contributionPeriods.relationshipId,
  regionCode: contributionPeriods.regionCode,
  fromMonth: contributionPeriods.fromMonth,
  toMonth: contributionPeriods.toMonth,
  monthlyBaseFen: contributionPeriods.monthlyBaseFen,
  employerRateBp: contributionPeriods.employerRateBp,
  insuredAs: contributionPeriods.insuredAs,
  accountKind: contributionPeriods.accountKind,
  deemed: contributionPeriods.deemed,
  backPaidOn: contributionPeriods.backPaidOn,
};

// A JSON object per row with the keys of `columns`, for reading a person's rows of another table
// in the person's own statement.
function jsonRow(alias: string, columns: Record<string, { name: string }>) {
  const pairs = Object.entries(columns).map(
    ([key, column]) => `'${key}', ${alias}."${column.name}"`,
  );
  return sql.raw(`json_build_object(${pairs.join(', ')})`);
}

// The person, their relationships and their periods in one round trip (they share person_id,
// the key the tables are distributed by), for every person asked about in one turn of the event
// loop (platform/db/batched-lookup.ts). Names are spelled out in the subqueries: Drizzle leaves
// them unqualified in a one-table select.
const personsWithRecordRows = preparedQuery((db) =>
  db
    .select({
      ...personColumns,
      relationships: sql<RelationshipRow[]>`coalesce((
        select json_agg(${jsonRow('r', relationshipColumns)} order by r.started_on, r.id)
          from insurance_relationships r where r.person_id = persons.id), '[]')`,
      periods: sql<PeriodRow[]>`coalesce((
        select json_agg(${jsonRow('p', periodColumns)} order by p.from_month, p.id)
          from contribution_periods p where p.person_id = persons.id), '[]')`,
    })
    .from(persons)
    .where(sql`${persons.id} = any(${sql.placeholder('personIds')})`)
    .prepare('persons_persons_with_record_rows'),
);
const personWithRecordRows = batchedLookup(async (db, personIds: readonly string[]) => {
  const rows = await personsWithRecordRows(db).execute({ personIds });
  return new Map(rows.map((row) => [row.id, row]));
});

/** The person with every relationship and period, or undefined when there is no such person. */
export async function selectPersonWithRecordRows(
  db: Executor,
  personId: string,
): Promise<
  { person: PersonRecord; relationships: RelationshipRow[]; periods: PeriodRow[] } | undefined
> {
  const row = await personWithRecordRows(db, personId);
  if (!row) return undefined;
  const { relationships, periods, ...person } = row;
  return { person, relationships, periods };
}

/** Every period of the person, or of one of their relationships. */
export async function selectPeriods(
  db: Executor,
  personId: string,
  relationshipId?: string,
): Promise<PeriodRow[]> {
  return db
    .select(periodColumns)
    .from(contributionPeriods)
    .where(
      and(
        eq(contributionPeriods.personId, personId),
        relationshipId ? eq(contributionPeriods.relationshipId, relationshipId) : undefined,
      ),
    )
    .orderBy(asc(contributionPeriods.fromMonth));
}

/**
 * Ends a relationship that still has `status`: terminated on `endedOn`. Undefined when it is not
 * there or no longer has that status (someone else changed it first).
 */
export async function updateRelationshipEnded(
  tx: Tx,
  change: { personId: string; id: string; status: RelationshipRow['status']; endedOn: string },
): Promise<RelationshipRow | undefined> {
  const [row] = await tx
    .update(insuranceRelationships)
    .set({ status: 'terminated', endedOn: change.endedOn })
    .where(
      and(
        eq(insuranceRelationships.personId, change.personId),
        eq(insuranceRelationships.id, change.id),
        eq(insuranceRelationships.status, change.status),
      ),
    )
    .returning(relationshipColumns);
  return row;
}

/** Moves every period held by one of the person's relationships to another; how many moved. */
export async function updatePeriodsHolder(
  tx: Tx,
  move: { personId: string; fromRelationshipId: string; toRelationshipId: string },
): Promise<number> {
  const moved = await tx
    .update(contributionPeriods)
    .set({ relationshipId: move.toRelationshipId })
    .where(
      and(
        eq(contributionPeriods.personId, move.personId),
        eq(contributionPeriods.relationshipId, move.fromRelationshipId),
      ),
    )
    .returning({ id: contributionPeriods.id });
  return moved.length;
}
