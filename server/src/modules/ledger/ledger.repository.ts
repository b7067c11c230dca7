import { and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { FundAccountKind } from './fund-accounts.ts';
import { ledgerAccounts, ledgerEntries, ledgerLines } from './ledger.tables.ts';

export type EntryRow = typeof ledgerEntries.$inferSelect;

/** A fund: the account of one region, scheme and kind. */
export interface FundKey {
  regionCode: string;
  scheme: InsuranceScheme;
  accountKind: FundAccountKind;
}

/** A line with the fund its account stands for, as the hash and the verifier read it. */
export interface LineWithFund extends FundKey {
  entryId: string;
  lineNo: number;
  amountFen: bigint;
}

/** Any fixed 64-bit number, other than the audit chain's; it serialises appends to the ledger. */
const LEDGER_CHAIN_LOCK = 7_338_201_002;

const fundKeyText = (fund: FundKey) => `${fund.regionCode}|${fund.scheme}|${fund.accountKind}`;

/** Holds the ledger's append lock until the caller's transaction ends. */
export async function lockLedgerChain(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LEDGER_CHAIN_LOCK})`);
}

/** The hash of the last entry of the chain; null for an empty ledger. */
export async function selectLastEntryHash(tx: Tx): Promise<string | null> {
  const [last] = await tx
    .select({ hash: ledgerEntries.hash })
    .from(ledgerEntries)
    .orderBy(desc(ledgerEntries.seq))
    .limit(1);
  return last?.hash ?? null;
}

export async function selectEntryByReference(
  db: Executor,
  reference: { kind: EntryRow['kind']; referenceType: string; referenceId: string },
): Promise<EntryRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.kind, reference.kind),
        eq(ledgerEntries.referenceType, reference.referenceType),
        eq(ledgerEntries.referenceId, reference.referenceId),
      ),
    );
  return row;
}

/** Looks up the account id of each fund, creating the accounts not used before. */
export async function ensureAccounts(
  tx: Tx,
  funds: readonly FundKey[],
  at: Date,
): Promise<(fund: FundKey) => string> {
  const rows = funds.map((fund) => ({
    id: newId(),
    regionCode: fund.regionCode,
    scheme: fund.scheme,
    kind: fund.accountKind,
    createdAt: at,
  }));
  await tx
    .insert(ledgerAccounts)
    .values(rows)
    .onConflictDoNothing({
      target: [ledgerAccounts.regionCode, ledgerAccounts.scheme, ledgerAccounts.kind],
    });
  const found = await tx
    .select()
    .from(ledgerAccounts)
    .where(
      or(
        ...funds.map((fund) =>
          and(
            eq(ledgerAccounts.regionCode, fund.regionCode),
            eq(ledgerAccounts.scheme, fund.scheme),
            eq(ledgerAccounts.kind, fund.accountKind),
          ),
        ),
      ),
    );
  const ids = new Map(
    found.map((row) => [
      fundKeyText({ regionCode: row.regionCode, scheme: row.scheme, accountKind: row.kind }),
      row.id,
    ]),
  );
  return (fund) => ids.get(fundKeyText(fund))!;
}

/** Inserts the entry and answers its place in the chain. */
export async function insertEntry(
  tx: Tx,
  row: typeof ledgerEntries.$inferInsert,
): Promise<{ seq: number }> {
  const [inserted] = await tx
    .insert(ledgerEntries)
    .values(row)
    .returning({ seq: ledgerEntries.seq });
  return inserted!;
}

export async function insertLines(
  tx: Tx,
  rows: (typeof ledgerLines.$inferInsert)[],
): Promise<void> {
  await tx.insert(ledgerLines).values(rows);
}

/** The balance of every account that matches the filter, in fen. */
export async function selectBalances(
  db: Executor,
  filter: { regionCode?: string; scheme?: InsuranceScheme },
): Promise<(FundKey & { balanceFen: bigint })[]> {
  const conditions: SQL[] = [];
  if (filter.regionCode) conditions.push(eq(ledgerAccounts.regionCode, filter.regionCode));
  if (filter.scheme) conditions.push(eq(ledgerAccounts.scheme, filter.scheme));
  const rows = await db
    .select({
      regionCode: ledgerAccounts.regionCode,
      scheme: ledgerAccounts.scheme,
      accountKind: ledgerAccounts.kind,
      balance: sql<string>`coalesce(sum(${ledgerLines.amountFen}), 0)::text`,
    })
    .from(ledgerAccounts)
    .leftJoin(ledgerLines, eq(ledgerLines.accountId, ledgerAccounts.id))
    .where(and(...conditions))
    .groupBy(ledgerAccounts.id)
    .orderBy(asc(ledgerAccounts.regionCode), asc(ledgerAccounts.scheme), asc(ledgerAccounts.kind));
  return rows.map(({ balance, ...fund }) => ({ ...fund, balanceFen: BigInt(balance) }));
}

/** The next entries of the chain after `afterSeq`, in chain order. */
export async function selectEntriesAfter(
  db: Executor,
  afterSeq: number,
  limit: number,
): Promise<EntryRow[]> {
  return db
    .select()
    .from(ledgerEntries)
    .where(gt(ledgerEntries.seq, afterSeq))
    .orderBy(asc(ledgerEntries.seq))
    .limit(limit);
}

/** The lines of the entries with the funds they name, in entry and line order. */
export async function selectLinesOfEntries(
  db: Executor,
  entryIds: readonly string[],
): Promise<LineWithFund[]> {
  if (entryIds.length === 0) return [];
  return db
    .select({
      entryId: ledgerLines.entryId,
      lineNo: ledgerLines.lineNo,
      regionCode: ledgerAccounts.regionCode,
      scheme: ledgerAccounts.scheme,
      accountKind: ledgerAccounts.kind,
      amountFen: ledgerLines.amountFen,
    })
    .from(ledgerLines)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerLines.accountId))
    .where(inArray(ledgerLines.entryId, [...entryIds]))
    .orderBy(asc(ledgerLines.entryId), asc(ledgerLines.lineNo));
}

/**
 * A line that no entry of the chain holds, or whose account is gone. Foreign keys prevent both;
 * only someone who switched the database's checks off could have written one.
 */
export async function selectStrayLine(
  db: Executor,
): Promise<{ id: string; entryId: string } | undefined> {
  const [row] = await db
    .select({ id: ledgerLines.id, entryId: ledgerLines.entryId })
    .from(ledgerLines)
    .leftJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .leftJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerLines.accountId))
    .where(or(isNull(ledgerEntries.id), isNull(ledgerAccounts.id)))
    .limit(1);
  return row;
}

/** The sum of every line of the ledger: the sum of all fund balances. */
export async function selectTotalOfAllLines(db: Executor): Promise<bigint> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${ledgerLines.amountFen}), 0)::text` })
    .from(ledgerLines);
  return BigInt(row?.total ?? '0');
}
