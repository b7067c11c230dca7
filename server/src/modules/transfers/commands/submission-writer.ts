import { recordAuditEntries, type AuditEntry } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { emitEvents } from '../../../platform/events/index.ts';
import {
  storeFirstResponses,
  type ClaimedKey,
  type IdempotentResponse,
} from '../../../platform/idempotency/index.ts';
import {
  insertApplicationsWithFirstActions,
  type ApplicationWithActions,
  type NewApplicationWithFirstAction,
} from '../transfers.repository.ts';

/** One checked submission, ready to be written: its rows, its event and its audit entry. */
export interface SubmissionWrite extends NewApplicationWithFirstAction {
  event: { name: string; payload: Record<string, unknown> };
  audit: AuditEntry;
  /** The Idempotency-Key the request holds, and its answer to remember with the rows. */
  firstResponse?: FirstResponse | undefined;
}

/** How a keyed request's answer is made from its rows as written, to be stored with them. */
export interface FirstResponse {
  claimed: ClaimedKey;
  respond(written: ApplicationWithActions): IdempotentResponse;
}

/** The rows as written; undefined when the person already had an open application. */
export type SubmissionWritten = ApplicationWithActions | undefined;

/** The most submissions one transaction writes; more waiting ones go into the next. */
const MAX_BATCH = 100;

interface Waiting {
  write: SubmissionWrite;
  resolve(written: SubmissionWritten): void;
  reject(error: unknown): void;
}

/**
 * Group commit for submissions. Every submission that is ready while the previous batch is being
 * written goes into the next batch, written in one transaction: the applications with their first
 * actions in one statement, their outbox jobs in one, the answers of keyed requests in one, their
 * audit entries in one stretch of the chain. Each submission still commits with everything it wrote (SECURITY.md) and answers only
 * when its batch has committed. A lone submission is a batch of one, written at once.
 *
 * Why: a submission used to be seven round trips to PostgreSQL for its writes (its transaction
 * and the remembered answer), and the audit chain's lock serialised them all. On a loaded machine those
 * round trips, not the work, were the cost (bench/README.md).
 *
 * A batch that fails (a lost connection, a row some constraint refuses) is written again one
 * submission at a time, so that one submission's fault fails only that submission.
 */
export function submissionWriter(db: Db): (write: SubmissionWrite) => Promise<SubmissionWritten> {
  let waiting: Waiting[] = [];
  let writing = false;

  const writeBatch = (batch: readonly SubmissionWrite[]) =>
    db.transaction(async (tx) => {
      const written = await insertApplicationsWithFirstActions(tx, batch);
      const kept = batch.filter((write) => written.has(write.application.id!));
      await emitEvents(
        tx,
        kept.map((write) => write.event),
      );
      await storeFirstResponses(
        tx,
        kept.flatMap(({ application, firstResponse }) =>
          firstResponse
            ? [
                {
                  ...firstResponse.claimed,
                  ...firstResponse.respond(written.get(application.id!)!),
                },
              ]
            : [],
        ),
      );
      // Last: the audit chain's lock is then held only for its entries and the commit.
      await recordAuditEntries(
        tx,
        kept.map((write) => write.audit),
      );
      return batch.map((write) => written.get(write.application.id!));
    });

  const drain = async () => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      try {
        const results = await writeBatch(batch.map((w) => w.write));
        batch.forEach((w, i) => w.resolve(results[i]));
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else
          for (const w of batch)
            await writeBatch([w.write]).then(([result]) => w.resolve(result), w.reject);
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

const writers = new WeakMap<Db, (write: SubmissionWrite) => Promise<SubmissionWritten>>();

/** Writes a checked submission with the others of its batch (one writer per database). */
export function writeSubmission(db: Db, write: SubmissionWrite): Promise<SubmissionWritten> {
  let writer = writers.get(db);
  if (writer === undefined) writers.set(db, (writer = submissionWriter(db)));
  return writer(write);
}
