import { vi } from 'vitest';
import type { TestDatabase } from './test-app.ts';

/**
 * Runs `run` and counts the statements it sent through the test database's pool whose SQL matches
 * `pattern` (e.g. /from "persons"/): how many round trips a page costs, not only what it answers.
 */
export async function countStatements<T>(
  database: TestDatabase,
  pattern: RegExp,
  run: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const query = vi.spyOn(database.pool, 'query');
  try {
    const result = await run();
    const statements = query.mock.calls.filter(([config]) => {
      const text = typeof config === 'string' ? config : (config as { text?: string }).text;
      return text !== undefined && pattern.test(text);
    }).length;
    return { result, statements };
  } finally {
    query.mockRestore();
  }
}
