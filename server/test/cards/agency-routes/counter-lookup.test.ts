import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app.ts';
import {
  auditOf,
  cardStaff,
  cardWith,
  invalidFields,
  personIdOf,
  type CardStaffClient,
  type TestApp,
} from './agency-card-helpers.ts';

// 白云飞 (duplicate-insurance) holds demo cards of Taiyuan (140100) and Beijing (110100).
const BAI_YUNFEI_ID = '140105199002141739';

describe('the counter lookup of a holder’s cards', () => {
  let t: TestApp;
  let beijing: CardStaffClient;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    beijing = await cardStaff(t, 'demo.110100.staff');
    personId = await personIdOf(t, 'duplicate-insurance');
  });
  afterAll(() => t?.close());

  const cardNumberOf = async (region: string) => {
    const { rows } = await t.database.pool.query<{ card_number_encrypted: string; id: string }>(
      'select card_number_encrypted, id from cards where person_id = $1 and issuing_region_code = $2',
      [personId, region],
    );
    return { id: rows[0]!.id, number: t.cipher.decrypt(rows[0]!.card_number_encrypted) };
  };

  const lookups = async () =>
    (
      await t.database.pool.query<{ actor_id: string; subject_type: string; data: object }>(
        `select actor_id, subject_type, data from audit_log where action = 'card.counter-lookup' order by seq`,
      )
    ).rows;

  it('finds by ID number, typed in groups with spaces, only this agency’s cards', async () => {
    const typed = `${BAI_YUNFEI_ID.slice(0, 6)} ${BAI_YUNFEI_ID.slice(6, 14)} ${BAI_YUNFEI_ID.slice(14)}`;
    const response = await beijing.lookup({ by: 'citizen-id', value: typed });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const beijingCard = await cardNumberOf('110100');
    expect(response.json()).toEqual({
      holder: { personId, name: '白**', citizenId: '1401**********1739' },
      cards: [
        expect.objectContaining({
          personId,
          id: beijingCard.id,
          issuingRegion: { code: '110100', name: '北京市' },
          status: 'normal',
          cardNumber: `${beijingCard.number[0]}******${beijingCard.number.slice(-2)}`,
        }),
      ],
    });
    expect(JSON.stringify(await lookups())).not.toContain(BAI_YUNFEI_ID.slice(6, 14));
    expect((await lookups()).at(-1)).toEqual({
      actor_id: beijing.staffId,
      subject_type: 'person',
      data: { by: 'citizen-id', agency: '110100', cardIds: [beijingCard.id] },
    });
  });

  it('finds by card number, in lower case, within this agency only', async () => {
    const { id, number } = await cardNumberOf('110100');
    const found = await beijing.lookup({ by: 'card-number', value: number.toLowerCase() });
    expect(found.json().cards.map((c: { id: string }) => c.id)).toEqual([id]);
    const taiyuan = await cardNumberOf('140100');
    const elsewhere = await beijing.lookup({ by: 'card-number', value: taiyuan.number });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json()).toEqual({ holder: null, cards: [] });
    const audit = (await lookups()).at(-1)!;
    expect(audit).toEqual({
      actor_id: beijing.staffId,
      subject_type: 'agency',
      data: { by: 'card-number', agency: '110100', cardIds: [] },
    });
    expect(JSON.stringify(await lookups())).not.toContain(number);
  });

  it('answers nobody for a holder without a card of this agency, as for nobody at all', async () => {
    const guangzhou = await cardStaff(t, 'demo.440100.staff');
    const response = await guangzhou.lookup({ by: 'citizen-id', value: BAI_YUNFEI_ID });
    expect(response.json()).toEqual({ holder: null, cards: [] });
    const newCard = await cardWith(t, personId, ['enabled'], { regionCode: '440100' });
    const now = await guangzhou.lookup({ by: 'citizen-id', value: BAI_YUNFEI_ID });
    expect(now.json().cards.map((c: { id: string }) => c.id)).toEqual([newCard]);
    expect(await auditOf(t, personId)).toContainEqual(
      expect.objectContaining({ action: 'card.counter-lookup', actor_id: guangzhou.staffId }),
    );
  });

  it('refuses what is not a card number or an ID number, saying what is wrong (400)', async () => {
    const missing = await beijing.lookup({ cardNumber: 'X00000019' });
    expect(missing.statusCode).toBe(400);
    expect(invalidFields(missing)).toEqual(['by', 'cardNumber', 'value']);
    const cases: [Record<string, unknown>, string][] = [
      [{ by: 'card-number', value: 'X0000001' }, '社保卡号是1个大写字母加8位数字'],
      [{ by: 'citizen-id', value: '14010519900214173' }, '身份证号码应该是18位'],
      [{ by: 'citizen-id', value: '140105199002141738' }, '校验'],
    ];
    for (const [body, message] of cases) {
      const response = await beijing.lookup(body);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([
        expect.objectContaining({ path: 'value', message: expect.stringContaining(message) }),
      ]);
    }
  });

  it('limits each member of staff to 20 lookups a minute (429)', async () => {
    const busy = await cardStaff(t, 'demo.110100.supervisor');
    const answers: number[] = [];
    for (let i = 0; i < 21; i++)
      answers.push((await busy.lookup({ by: 'card-number', value: 'X00000019' })).statusCode);
    expect(answers.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(answers[20]).toBe(429);
    const other = await cardStaff(t, 'demo.110100.staff');
    expect((await other.lookup({ by: 'card-number', value: 'X00000019' })).statusCode).toBe(200);
  });
});
