import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceRegions } from '../../src/modules/regions/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('agency post codes (邮政编码)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const postCodeOf = async (regionCode: string) => {
    const { rows } = await database.pool.query<{ post_code: string | null }>(
      'select post_code from agencies where region_code = $1',
      [regionCode],
    );
    return rows[0]?.post_code;
  };
  const setPostCode = (regionCode: string, postCode: string | null) =>
    database.pool.query('update agencies set post_code = $2 where region_code = $1', [
      regionCode,
      postCode,
    ]);

  it('are loaded with the reference data for the demo cities, and absent elsewhere', async () => {
    expect(await postCodeOf('440100')).toBe('510000');
    expect(await postCodeOf('460300')).toBeNull();
  });

  it('are six digits or none: the database refuses anything else', async () => {
    for (const bad of ['51000', '5100000', '51O000', '']) {
      await expect(setPostCode('440300', bad)).rejects.toMatchObject({
        constraint: 'agencies_post_code_check',
      });
    }
    await setPostCode('440300', null);
    expect(await postCodeOf('440300')).toBeNull();
  });

  it('are given on a later start to demo agencies loaded without one, never overwriting one', async () => {
    await setPostCode('440100', null);
    await setPostCode('510100', '610041');
    expect(await loadReferenceRegions(database.db)).toMatchObject({ loaded: false });
    expect(await postCodeOf('440100')).toBe('510000');
    expect(await postCodeOf('510100')).toBe('610041');
    expect(await postCodeOf('460300')).toBeNull();
  });
});
