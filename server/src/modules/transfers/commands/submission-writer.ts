import { recordAuditEntriesQuery, type AuditEntry } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { writeInOneStatement } from '../../../platform/db/one-statement.ts';
import { emitEventsQuery } from '../../../platform/events/index.ts';
import {
  rememberFirstResponsesQuery,
  type HeldKey,
  type IdempotentResponse,
} from '../../../platform/idempotency/index.ts';
import {
  completeApplicationsWithFirstActions,
  insertApplicationsWithFirstActionsQueries,
  type ApplicationWithActions,
  type NewApplicationWithFirstAction,
} from '../transfers.repository.ts';

/** One checked submission, ready to be written: its rows, its event and its audit entry. */
export interface SubmissionWrite extends NewApplicationWithFirstAction {
  event: { name: string; payload: Record<string, unknown> };
  audit: AuditEntry;
  /** The Idempotency-Key the request holds, remembered with the rows and the answer. */
  firstResponse?: FirstResponse | undefined;
}

/** How a keyed request's answer is made from its rows as written, to be remembered with them. */
export interface FirstResponse {
  held: HeldKey;
  respond(written: ApplicationWithActions): IdempotentResponse;
}

/** The rows as written; undefined when the person already had an open application. */
export type SubmissionWritten = ApplicationWithActions | undefined;

/** The most submissions one statement writes; more waiting ones go into the next. */
const MAX_BATCH = 100;

interface Waiting {
  write: SubmissionWrite;
  resolve(written: SubmissionWritten): void;
  reject(error: unknown): void;
}

/**
 * Group commit for submissions. Every submission that is ready while the previous batch is being
 * written goes into the next batch, and a batch is written in one statement — one round trip and
 * one commit: the applications, their first actions, their outbox events, the answers of keyed
 * requests and their audit entries (platform/db/one-statement.ts). Each submission still commits
 * with everything it wrote (SECURITY.md) and answers only when its batch has committed. A lone
 * submission is a batch of one, written at once.
 *
 * Why: a submission used to be seven round trips to PostgreSQL for its writes (its transaction
 * and the remembered answer), and the audit chain's lock serialised them all; on a loaded machine
 * the round trips, not the work, were the cost (bench/README.md).
 *
 * A batch that fails is written again one submission at a time, so that one submission's fault
 * fails only that submission; there, the one-open-application index's refusal (two submissions of
 * one person at once) means "not written", and an Idempotency-Key already remembered (a repeat
 * whose first request committed meanwhile) fails the submission for runIdempotently to answer.
 */
export function submissionWriter(db: Db): (write: SubmissionWrite) => Promise<SubmissionWritten> {
  let waiting: Waiting[] = [];
  let writing = false;

  const writeBatch = async (batch: readonly SubmissionWrite[]) => {
    const written = completeApplicationsWithFirstActions(batch);
    const answers = batch.flatMap(({ firstResponse }, i) =>
      firstResponse ? [{ ...firstResponse.held, ...firstResponse.respond(written[i]!) }] : [],
    );
    await writeInOneStatement(db, [
      ...insertApplicationsWithFirstActionsQueries(written),
      emitEventsQuery(batch.map((write) => write.event)).query,
      ...(answers.length > 0 ? [rememberFirstResponsesQuery(answers)] : []),
      recordAuditEntriesQuery(batch.map((write) => write.audit)),
    ]);
    return written;
  };

  const writeAlone = (w: Waiting) =>
    writeBatch([w.write]).then(
      ([written]) => w.resolve(written),
      (error: unknown) =>
        isOpenApplicationConflict(error) ? w.resolve(undefined) : w.reject(error),
    );

  const drain = async () => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      if (batch.length === 1) {
        await writeAlone(batch[0]!);
        continue;
      }
      try {
        const written = await writeBatch(batch.map((w) => w.write));
        batch.forEach((w, i) => w.resolve(written[i]));
      } catch {
        for (const w of batch) await writeAlone(w);
      }
    }
    writing = false;
  };

  return (write) =>
    new Promise<SubmissionWritten>((resolve, reject) => {
      waiting.push({ write, resolve, reject });
      if (!writing) {
        writing = true;
        // The submissions that arrive in this turn of the event loop join the first batch.
        setImmediate(() => void drain());
      }
    });
}

// The person already has an open application for the scheme (the unique index refused a second).
function isOpenApplicationConflict(error: unknown): boolean {
  const failure = (error as { cause?: unknown })?.cause ?? error;
  const { code, constraint } = (failure ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'transfer_applications_one_open_idx';
}

const writers = new WeakMap<Db, (write: SubmissionWrite) => Promise<SubmissionWritten>>();

/** Writes a checked submission with the others of its batch (one writer per database). */
export function writeSubmission(db: Db, write: SubmissionWrite): Promise<SubmissionWritten> {
  let writer = writers.get(db);
  if (writer === undefined) writers.set(db, (writer = submissionWriter(db)));
  return writer(write);
}
