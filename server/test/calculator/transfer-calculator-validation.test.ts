import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import {
  calculateWith,
  JINJIANG,
  paths,
  period,
  PUDONG,
  request,
  SHENZHEN,
} from './calculator-fixtures.ts';

describe('POST /api/v1/transfer-calculator: bad input', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const calculate = (payload: unknown) => calculateWith(t)(payload);

  describe('validation', () => {
    it('lists every field of the wrong form at once, in the order of the form, in plain words', async () => {
      const response = await calculate({
        person: { sex: 'x', birthDate: '1970-02-30', hukouRegion: '44' },
        fromRegion: SHENZHEN,
        transferDate: '2025-06-30',
        history: [
          period({ from: '2010-13', monthlyBaseFen: -1 }),
          period({ from: '2012-01', to: '2012-12', insuredAs: 'boss', employerRateBp: 15.5 }),
        ],
      });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(paths(body)).toEqual([
        'person.sex',
        'person.birthDate',
        'person.hukouRegion',
        'destinationRegion',
        'history.0.from',
        'history.0.monthlyBaseFen',
        'history.1.employerRateBp',
        'history.1.insuredAs',
      ]);
      expect(body.fields.every((f: { location: string }) => f.location === 'body')).toBe(true);
      expect(body.fields[0]).toMatchObject({
        message: '请选择性别',
        messageEn: 'Choose your sex.',
      });
      expect(body.fields[1].message).toContain('出生日期');
      expect(body.fields[3].message).toBe('请选择转入地');
      expect(body.fields[4].messageEn).toContain('year-month');
    });

    it("lists every problem the domain's checks find when the form is right", async () => {
      const response = await calculate(
        request({
          person: { sex: 'female', birthDate: '2030-01-01', hukouRegion: JINJIANG },
          fromRegion: '110105',
          history: [
            period({ from: '2012-01', to: '2011-12' }),
            period({ from: '2025-01', to: '2025-08' }),
            period({ from: '2013-01', to: '2014-12', monthlyBaseFen: 0 }),
            period({ region: PUDONG, from: '2014-06', to: '2015-12' }),
          ],
        }),
      );
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(paths(body)).toEqual([
        'person.birthDate',
        'history',
        'history.0.to',
        'history.1.to',
        'history.2.monthlyBaseFen',
        'history.3',
      ]);
      expect(body.fields[1].message).toContain('转出地');
      expect(body.fields[3].message).toContain('2025-06');
      expect(body.fields[5].message).toContain('多地参保');
      expect(body.fields[5].messageEn).toContain('period 3');
    });

    it('refuses region codes that name no region, in every field that holds one', async () => {
      const response = await calculate(
        request({
          destinationRegion: '449999',
          person: { sex: 'male', birthDate: '1995-04-01', hukouRegion: '990000' },
          history: [period(), period({ region: '449998', from: '2012-01', to: '2012-12' })],
        }),
      );
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(paths(body)).toEqual(['person.hukouRegion', 'destinationRegion', 'history.1.region']);
      // 99 is no province: the domain's own check; 449999 has the form but is no region.
      expect(body.fields[0].message).toContain('6位数字');
      expect(body.fields[1]).toMatchObject({
        message: expect.stringContaining('没有这个行政区划代码'),
        messageEn: expect.stringContaining('There is no region with this code'),
      });
    });

    it('refuses unknown properties, at any depth', async () => {
      const response = await calculate(
        request({ name: '张三', history: [period({ note: 'first job' })] }),
      );
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(paths(body)).toEqual(['history.0.note', 'name']);
      expect(body.fields[0].message).toBe('不允许的字段');
    });

    it('needs at least one period, and takes at most 600', async () => {
      const empty = await calculate(request({ history: [] }));
      expect(empty.statusCode).toBe(400);
      expect(empty.json().fields).toEqual([
        {
          path: 'history',
          location: 'body',
          message: '请至少填写一段缴费记录',
          messageEn: 'Enter at least one contribution period.',
        },
      ]);
      const tooMany = await calculate(
        request({ history: Array.from({ length: 601 }, () => period()) }),
      );
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().fields).toEqual([
        expect.objectContaining({ path: 'history', message: expect.stringContaining('600') }),
      ]);
    });
  });

  it('calculates a history of 600 periods, one month each', async () => {
    const months = Array.from({ length: 600 }, (_, i) => {
      const index = 1975 * 12 + i;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    });
    expect(months.at(-1)).toBe('2024-12');
    const response = await calculate(
      request({
        person: { sex: 'female', birthDate: '1957-01-01', hukouRegion: SHENZHEN },
        history: months.map((month) => period({ from: month, to: month })),
      }),
    );
    expect(response.statusCode).toBe(200);
    // Pooled: 324 months since 1998 × 60,000; individual: 96 × 55,000 (11%) + 228 × 40,000 (8%).
    expect(response.json()).toMatchObject({
      pooledFundFen: 19_440_000,
      individualAccountPrincipalFen: 14_400_000,
      totalFen: 33_840_000,
      totalMonths: 600,
      meetsMonthlyPensionMinimum: true,
    });
  });

  it('never answers 500, whatever it is sent', async () => {
    const bodies: unknown[] = [
      null,
      [],
      'text',
      42,
      true,
      {},
      { person: null, history: null },
      request({ person: [] }),
      request({ history: 'all of it' }),
      request({ history: [null, 1, 'x', []] }),
      request({ history: [period({ monthlyBaseFen: 1e308, employerRateBp: -1 })] }),
      request({ history: [period({ monthlyBaseFen: '500000', deemed: 'yes' })] }),
      request({ officialTransfer: 'true', transferDate: 20250630 }),
      request({ person: { sex: 'male', birthDate: '0000-01-01', hukouRegion: SHENZHEN } }),
      request({
        transferDate: '9999-12-31',
        history: [
          period({
            from: '0000-01',
            to: '9999-12',
            monthlyBaseFen: 100_000_000,
            employerRateBp: 10_000,
            accountKind: 'temporary',
          }),
        ],
      }),
      request({ history: [period({ from: '2025-06', to: '2025-06', deemed: true })] }),
      request({ fromRegion: PUDONG, destinationRegion: PUDONG }),
    ];
    for (const body of bodies) {
      const response = await calculate(body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 200)).toBeLessThan(500);
      expect(response.json().code ?? 'ok').not.toBe('INTERNAL_ERROR');
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/transfer-calculator',
      headers: { 'content-type': 'application/json' },
      payload: '{"person": ',
    });
    expect(malformed.statusCode).toBe(400);
    const noBody = await t.app.inject({ method: 'POST', url: '/api/v1/transfer-calculator' });
    expect(noBody.statusCode).toBe(400);
  });

  it('is described in the OpenAPI document under the calculator tag', async () => {
    const document = t.app.swagger();
    const operation = document.paths?.['/api/v1/transfer-calculator']?.post;
    expect(operation?.tags).toEqual(['calculator']);
    expect(operation?.summary).toBeTruthy();
    expect(document.tags?.map((tag) => tag.name)).toContain('calculator');
  });
});
