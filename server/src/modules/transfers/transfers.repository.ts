import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import {
  OPEN_STATUSES,
  type TransferApplicationStatus,
} from '../../../../domain/transfer/application-status.ts';
import { batchedLookup } from '../../platform/db/batched-lookup.ts';
import type { Executor } from '../../platform/db/database.ts';
import { preparedQuery } from '../../platform/db/prepared.ts';
import { transferApplicationActions, transferApplications } from './transfers.tables.ts';

export type ApplicationRow = typeof transferApplications.$inferSelect;
export type ActionRow = typeof transferApplicationActions.$inferSelect;
export type NewApplicationRow = typeof transferApplications.$inferInsert;
export type NewActionRow = typeof transferApplicationActions.$inferInsert;

// Asked by every eligibility check: the questions of one turn of the event loop share one query
// (platform/db/batched-lookup.ts), keyed "personId scheme".
const openApplications = preparedQuery((db) =>
  db
    .selectDistinct({
      personId: transferApplications.personId,
      scheme: transferApplications.scheme,
    })
    .from(transferApplications)
    .where(
      and(
        sql`${transferApplications.personId} = any(${sql.placeholder('personIds')})`,
        inArray(transferApplications.status, [...OPEN_STATUSES]),
      ),
    )
    .prepare('transfers_open_applications'),
);
const openApplicationOf = batchedLookup(async (db, keys: readonly string[]) => {
  const personIds = [...new Set(keys.map((key) => key.split(' ')[0]!))];
  const rows = await openApplications(db).execute({ personIds });
  return new Map(rows.map((row) => [`${row.personId} ${row.scheme}`, true]));
});

/** Whether the person has an open application for the scheme. */
export async function hasOpenApplication(
  db: Executor,
  personId: string,
  scheme: InsuranceScheme,
): Promise<boolean> {
  return (await openApplicationOf(db, `${personId} ${scheme}`)) === true;
}

export async function insertApplication(
  db: Executor,
  row: typeof transferApplications.$inferInsert,
): Promise<ApplicationRow> {
  const [inserted] = await db.insert(transferApplications).values(row).returning();
  return inserted!;
}

export async function insertAction(
  db: Executor,
  row: typeof transferApplicationActions.$inferInsert,
): Promise<ActionRow> {
  const [inserted] = await db.insert(transferApplicationActions).values(row).returning();
  return inserted!;
}

/** The person's application with this id; another person's is not found. */
export async function selectApplication(
  db: Executor,
  personId: string,
  id: string,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(transferApplications)
    .where(and(eq(transferApplications.id, id), eq(transferApplications.personId, personId)));
  return row;
}

// Whole rows for a hand-written insert, which costs a fraction of what Drizzle's builder spends
// building one (bench/README.md). An absent nullable column is null; a column with a database
// default must be given, or the row handed back could differ from the one stored.
function wholeRows<Table extends PgTable>(table: Table) {
  const columns = Object.entries(getTableColumns(table));
  const names = sql.raw(`(${columns.map(([, column]) => `"${column.name}"`).join(', ')})`);
  return {
    complete(given: Table['$inferInsert']): Table['$inferSelect'] {
      const row: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const value = (given as Record<string, unknown>)[key];
        if (value === undefined && column.hasDefault)
          throw new Error(`${table._.name}.${column.name} must be given`);
        row[key] = value ?? null;
      }
      return row as Table['$inferSelect'];
    },
    /**
     * `(columns) select … from json_populate_recordset(…)` of whole rows: one parameter for any
     * number of rows, so the statement's text stays the same and PostgreSQL can keep it prepared.
     */
    fromJson(...rows: Table['$inferSelect'][]): SQL {
      const json = rows.map((row) =>
        Object.fromEntries(
          columns.map(([key, column]) => {
            const value = (row as Record<string, unknown>)[key];
            return [column.name, value === null ? null : column.mapToDriverValue(value)];
          }),
        ),
      );
      return sql`${names} select ${sql.raw(columns.map(([, column]) => `r."${column.name}"`).join(', '))}
        from json_populate_recordset(null::${table}, ${JSON.stringify(json)}::json) as r`;
    },
  };
}
const applicationRows = wholeRows(transferApplications);
const actionRows = wholeRows(transferApplicationActions);

/** A new application and its first action, as a submission writes them. */
export interface NewApplicationWithFirstAction {
  application: NewApplicationRow;
  action: NewActionRow;
}

/** New applications with their first actions as they will be stored: every column given. */
export function completeApplicationsWithFirstActions(
  given: readonly NewApplicationWithFirstAction[],
): ApplicationWithActions[] {
  return given.map((item) => ({
    application: applicationRows.complete(item.application),
    actions: [actionRows.complete(item.action)],
  }));
}

/**
 * The inserts of complete applications and their first actions, as parts of one statement
 * (platform/db/one-statement.ts). A second open application of a person and scheme — stored
 * before, or in the same statement — fails it with the unique index's 23505.
 */
export function insertApplicationsWithFirstActionsQueries(
  complete: readonly ApplicationWithActions[],
): SQL[] {
  return [
    sql`insert into transfer_applications ${applicationRows.fromJson(
      ...complete.map((c) => c.application),
    )} returning id`,
    sql`insert into transfer_application_actions ${actionRows.fromJson(
      ...complete.flatMap((c) => c.actions),
    )} returning id`,
  ];
}

/** An application with its actions, oldest first. */
export interface ApplicationWithActions {
  application: ApplicationRow;
  actions: ActionRow[];
}

// One round trip for the applications and their histories: each row is an action with its
// application, newest application first (the id, time-ordered, breaks a tie), then by seq.
const withActions = (db: Executor) =>
  db
    .select({ application: transferApplications, action: transferApplicationActions })
    .from(transferApplications)
    .leftJoin(
      transferApplicationActions,
      eq(transferApplicationActions.applicationId, transferApplications.id),
    );
const order = [
  desc(transferApplications.submittedAt),
  desc(transferApplications.id),
  asc(transferApplicationActions.seq),
];
// "My applications" is read on every visit of the page: the reads of one turn of the event loop
// share one query (platform/db/batched-lookup.ts).
const applicationsOfPersons = preparedQuery((db) =>
  withActions(db)
    .where(sql`${transferApplications.personId} = any(${sql.placeholder('personIds')})`)
    .orderBy(...order)
    .prepare('transfers_applications_of_persons'),
);
const applicationsOfPerson = batchedLookup(async (db, personIds: readonly string[]) => {
  const rowsByPerson = new Map<
    string,
    { application: ApplicationRow; action: ActionRow | null }[]
  >();
  for (const row of await applicationsOfPersons(db).execute({ personIds })) {
    const rows = rowsByPerson.get(row.application.personId);
    if (rows) rows.push(row);
    else rowsByPerson.set(row.application.personId, [row]);
  }
  return new Map([...rowsByPerson].map(([personId, rows]) => [personId, groupByApplication(rows)]));
});
const applicationOfPerson = preparedQuery((db) =>
  withActions(db)
    .where(
      and(
        eq(transferApplications.id, sql.placeholder('id')),
        eq(transferApplications.personId, sql.placeholder('personId')),
      ),
    )
    .orderBy(...order)
    .prepare('transfers_application_of_person'),
);

function groupByApplication(
  rows: { application: ApplicationRow; action: ActionRow | null }[],
): ApplicationWithActions[] {
  const grouped = new Map<string, ApplicationWithActions>();
  for (const { application, action } of rows) {
    let entry = grouped.get(application.id);
    if (!entry) grouped.set(application.id, (entry = { application, actions: [] }));
    if (action) entry.actions.push(action);
  }
  return [...grouped.values()];
}

/** The person's applications, newest first, each with its actions. */
export async function selectApplicationsWithActions(
  db: Executor,
  personId: string,
): Promise<ApplicationWithActions[]> {
  return (await applicationsOfPerson(db, personId)) ?? [];
}

/** The person's application with this id and its actions; another person's is not found. */
export async function selectApplicationWithActions(
  db: Executor,
  personId: string,
  id: string,
): Promise<ApplicationWithActions | undefined> {
  return groupByApplication(await applicationOfPerson(db).execute({ personId, id }))[0];
}

/**
 * Moves the application to `status` when it is still at `version` and in `from`: the compare and
 * set of optimistic concurrency. Undefined when another change came first.
 */
export async function updateStatusIfCurrent(
  db: Executor,
  change: {
    personId: string;
    id: string;
    version: number;
    from: TransferApplicationStatus;
    to: TransferApplicationStatus;
  },
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(transferApplications)
    .set({ status: change.to, version: sql`${transferApplications.version} + 1` })
    .where(
      and(
        eq(transferApplications.id, change.id),
        eq(transferApplications.personId, change.personId),
        eq(transferApplications.version, change.version),
        eq(transferApplications.status, change.from),
      ),
    )
    .returning();
  return row;
}

/** The next sequence number of the application's history. */
export async function nextActionSeq(db: Executor, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${transferApplicationActions.seq}), 0)::int` })
    .from(transferApplicationActions)
    .where(eq(transferApplicationActions.applicationId, applicationId));
  return (row?.max ?? 0) + 1;
}
