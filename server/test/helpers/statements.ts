import pg from 'pg';

/**
 * The SQL texts every client of every pool sends while `work` runs — pool queries and
 * transactions alike (a transaction runs on a client of its own). For tests that count round trips.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first.text ?? ''));
    return original.apply(this, args);
  };
  try {
    await work();
    return statements;
  } finally {
    prototype.query = original;
  }
}
