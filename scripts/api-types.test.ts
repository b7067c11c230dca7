import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

describe('the web app API types', () => {
  it('match the routes (run `npm run api:generate` after changing a route schema)', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(committed).toBe(await generateApiTypes());
    // It builds the whole application to read its OpenAPI document: seconds on a busy machine.
  }, 60_000);
});
