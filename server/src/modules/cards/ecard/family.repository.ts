import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { MAX_FAMILY_MEMBERS } from '../../../../../domain/cards/family-members.ts';
import type { Executor, Tx } from '../../../platform/db/database.ts';
import { ecardFamilyMembers, type FamilyMemberStatus } from './ecards.tables.ts';

export type FamilyMemberRow = typeof ecardFamilyMembers.$inferSelect;
type NewFamilyMemberRow = Omit<typeof ecardFamilyMembers.$inferInsert, 'slot' | 'version'>;

const CURRENT: FamilyMemberStatus[] = ['invited', 'active'];

/** The holder's members who hold a place (invited or active), in the order they were added. */
export async function selectCurrentFamilyMembers(
  db: Executor,
  holderPersonId: string,
): Promise<FamilyMemberRow[]> {
  return db
    .select()
    .from(ecardFamilyMembers)
    .where(
      and(
        eq(ecardFamilyMembers.personId, holderPersonId),
        inArray(ecardFamilyMembers.status, CURRENT),
      ),
    )
    .orderBy(asc(ecardFamilyMembers.addedAt), asc(ecardFamilyMembers.id));
}

/** The memberships of a person in other holders' families: invitations to answer, families joined. */
export async function selectMembershipsOf(
  db: Executor,
  memberPersonId: string,
): Promise<FamilyMemberRow[]> {
  return db
    .select()
    .from(ecardFamilyMembers)
    .where(
      and(
        eq(ecardFamilyMembers.memberPersonId, memberPersonId),
        inArray(ecardFamilyMembers.status, CURRENT),
      ),
    )
    .orderBy(asc(ecardFamilyMembers.addedAt), asc(ecardFamilyMembers.id));
}

/** Invitations of the holder that lapsed before `now` end, and free their places. */
export async function expireLapsedInvitations(
  tx: Tx,
  holderPersonId: string,
  now: Date,
): Promise<string[]> {
  const expired = await tx
    .update(ecardFamilyMembers)
    .set({
      status: 'expired',
      slot: null,
      endedAt: now,
      version: sql`${ecardFamilyMembers.version} + 1`,
    })
    .where(
      and(
        eq(ecardFamilyMembers.personId, holderPersonId),
        eq(ecardFamilyMembers.status, 'invited'),
        lt(ecardFamilyMembers.invitationExpiresAt, now),
      ),
    )
    .returning({ id: ecardFamilyMembers.id });
  return expired.map((row) => row.id);
}

/**
 * Inserts a member into the holder's lowest free place, in a savepoint of the caller's
 * transaction. The unique (holder, place) index and the 1–8 check decide: two additions racing
 * for the same place leave one to try the next; with no place free the answer is `full`. A member
 * already invited or active answers `exists` (the partial unique index).
 */
export async function insertFamilyMemberInFreeSlot(
  tx: Tx,
  row: NewFamilyMemberRow,
): Promise<FamilyMemberRow | 'full' | 'exists'> {
  for (let attempt = 0; attempt < MAX_FAMILY_MEMBERS; attempt++) {
    const taken = await tx
      .select({ slot: ecardFamilyMembers.slot })
      .from(ecardFamilyMembers)
      .where(
        and(
          eq(ecardFamilyMembers.personId, row.personId),
          inArray(ecardFamilyMembers.status, CURRENT),
        ),
      );
    const used = new Set(taken.map((t) => t.slot));
    const slot = Array.from({ length: MAX_FAMILY_MEMBERS }, (_, i) => i + 1).find(
      (place) => !used.has(place),
    );
    if (slot === undefined) return 'full';
    try {
      return await tx.transaction(async (savepoint) => {
        const [inserted] = await savepoint
          .insert(ecardFamilyMembers)
          .values({ ...row, slot })
          .returning();
        return inserted!;
      });
    } catch (error) {
      const cause = ((error as { cause?: unknown }).cause ?? error) as {
        code?: string;
        constraint?: string;
      };
      if (cause.code !== '23505') throw error;
      if (cause.constraint === 'ecard_family_members_current_idx') return 'exists';
      // Another addition took this place first: look again.
    }
  }
  return 'full';
}

/** The membership with this id as its holder sees it, locked for the transaction. */
export async function selectFamilyMemberForUpdate(
  tx: Tx,
  holderPersonId: string,
  id: string,
): Promise<FamilyMemberRow | undefined> {
  const [row] = await tx
    .select()
    .from(ecardFamilyMembers)
    .where(and(eq(ecardFamilyMembers.personId, holderPersonId), eq(ecardFamilyMembers.id, id)))
    .for('update');
  return row;
}

/** The membership with this id as the member sees it, locked for the transaction. */
export async function selectMembershipForUpdate(
  tx: Tx,
  memberPersonId: string,
  id: string,
): Promise<FamilyMemberRow | undefined> {
  const [row] = await tx
    .select()
    .from(ecardFamilyMembers)
    .where(
      and(eq(ecardFamilyMembers.memberPersonId, memberPersonId), eq(ecardFamilyMembers.id, id)),
    )
    .for('update');
  return row;
}

/** Moves a membership on: accepted (active), or ended (its place freed). */
export async function updateFamilyMemberStatus(
  tx: Tx,
  change: {
    row: FamilyMemberRow;
    status: FamilyMemberStatus;
    now: Date;
    answeredByAccountId?: string;
  },
): Promise<FamilyMemberRow> {
  const { row, status, now } = change;
  const current = CURRENT.includes(status);
  const [updated] = await tx
    .update(ecardFamilyMembers)
    .set({
      status,
      slot: current ? row.slot : null,
      endedAt: current ? null : now,
      ...(change.answeredByAccountId
        ? { answeredAt: now, answeredByAccountId: change.answeredByAccountId }
        : {}),
      version: row.version + 1,
    })
    .where(
      and(
        eq(ecardFamilyMembers.personId, row.personId),
        eq(ecardFamilyMembers.id, row.id),
        eq(ecardFamilyMembers.version, row.version),
      ),
    )
    .returning();
  if (!updated) throw new Error('a locked family membership changed under its lock');
  return updated;
}
