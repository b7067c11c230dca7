import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

// GB/T 2260 regions used below.
const SHENZHEN = '440300'; // 广东省深圳市
const PUDONG = '310115'; // 上海市浦东新区
const XIHU = '330106'; // 浙江省杭州市西湖区
const ZHONGYUAN = '410102'; // 河南省郑州市中原区
const JINSHUI = '410105'; // 河南省郑州市金水区
const JINJIANG = '510104'; // 四川省成都市锦江区

type Body = Record<string, unknown>;

/** A normal employee period in Shenzhen at a 5,000-yuan base and a 16% employer rate. */
const period = (overrides: Body = {}): Body => ({
  region: SHENZHEN,
  from: '2010-01',
  to: '2011-12',
  monthlyBaseFen: 500_000,
  employerRateBp: 1600,
  insuredAs: 'employee',
  accountKind: 'normal',
  ...overrides,
});

/** A man of 30, hukou in Sichuan, leaving Shenzhen for Shanghai with 24 months in Shenzhen. */
const request = (overrides: Body = {}): Body => ({
  person: { sex: 'male', birthDate: '1995-04-01', hukouRegion: JINJIANG },
  fromRegion: SHENZHEN,
  destinationRegion: PUDONG,
  transferDate: '2025-06-30',
  history: [period()],
  ...overrides,
});

const paths = (body: { fields: { path: string }[] }) => body.fields.map((field) => field.path);
const codes = (body: { explanation: { code: string }[] }) =>
  body.explanation.map((entry) => entry.code);

describe('POST /api/v1/transfer-calculator', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const calculate = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/transfer-calculator',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    });

  describe('what moves', () => {
    it('moves 12% and 8% of 24 months at a 5,000-yuan base, worked out by hand', async () => {
      const response = await calculate(request({ history: [period({ employerRateBp: 2000 })] }));
      expect(response.statusCode).toBe(200);
      const body = response.json();
      // Pooled: 24 × 500,000 fen × 12% = 1,440,000; individual (2006 on): 24 × 500,000 × 8% = 960,000.
      expect(body).toMatchObject({
        pooledFundFen: 1_440_000,
        individualAccountPrincipalFen: 960_000,
        totalFen: 2_400_000,
        temporaryAccount: false,
        temporaryAccountReason: 'BELOW_AGE',
        // The relationship moves to Shanghai with no months; Guangdong has 24 < 120: everything
        // gathers at the hukou place.
        benefitRegion: JINJIANG,
        benefitRegionName: '四川省成都市锦江区',
        benefitRegionReason: 'GATHERED_AT_HUKOU_PLACE',
        totalMonths: 24,
        meetsMonthlyPensionMinimum: false,
      });
      expect(codes(body)).toEqual([
        'POOLED_FUND',
        'INDIVIDUAL_ACCOUNT',
        'TOTAL',
        'TEMPORARY_ACCOUNT_BELOW_AGE',
        'BENEFIT_PLACE_GATHERED_AT_HUKOU',
        'MINIMUM_15_YEARS_NOT_REACHED',
      ]);
      const pooled = body.explanation[0];
      expect(pooled.zh).toContain('合计14,400.00元');
      expect(pooled.en).toContain('14,400.00 yuan');
      expect(pooled.values).toEqual({ months: 24, pooledFundFen: 1_440_000 });
      expect(Object.keys(body).sort()).toEqual(
        [
          'pooledFundFen',
          'individualAccountPrincipalFen',
          'totalFen',
          'temporaryAccount',
          'temporaryAccountReason',
          'benefitRegion',
          'benefitRegionName',
          'benefitRegionReason',
          'totalMonths',
          'meetsMonthlyPensionMinimum',
          'explanation',
        ].sort(),
      );
    });

    it('counts deemed months as years without money', async () => {
      const body = (
        await calculate(
          request({
            history: [
              period({ from: '1990-01', to: '1997-12', monthlyBaseFen: 0, deemed: true }),
              period(),
            ],
          }),
        )
      ).json();
      expect(body).toMatchObject({ pooledFundFen: 1_440_000, totalMonths: 24 + 96 });
      expect(codes(body)).toContain('DEEMED_MONTHS_NO_FUNDS');
    });
  });

  describe('the 50/40 rule', () => {
    // A man of 55, hukou in Henan, 209 months in Shenzhen (2008-01 to 2025-05), moving to Shanghai.
    const man55 = (overrides: Body = {}) =>
      request({
        person: { sex: 'male', birthDate: '1970-03-15', hukouRegion: ZHONGYUAN },
        history: [period({ from: '2008-01', to: '2025-05', monthlyBaseFen: 800_000 })],
        ...overrides,
      });

    it('opens a temporary account for a man of 50 or more moving away from his hukou place', async () => {
      const body = (await calculate(man55())).json();
      expect(body).toMatchObject({
        // 209 × 800,000 × 12% and × 8%.
        pooledFundFen: 20_064_000,
        individualAccountPrincipalFen: 13_376_000,
        temporaryAccount: true,
        temporaryAccountReason: 'AGE_AND_AWAY_FROM_HUKOU_PLACE',
        // The relationship stays in Shenzhen, which has 10 years or more.
        benefitRegion: SHENZHEN,
        benefitRegionName: '广东省深圳市',
        benefitRegionReason: 'CURRENT_PLACE_10_YEARS',
        totalMonths: 209,
        meetsMonthlyPensionMinimum: true,
      });
      expect(
        body.explanation.find((e: { code: string }) => e.code === 'TEMPORARY_ACCOUNT_OPENS'),
      ).toMatchObject({ values: { age: 55, ageThreshold: 50 } });
    });

    it('does not apply to an approved official transfer', async () => {
      const body = (await calculate(man55({ officialTransfer: true }))).json();
      expect(body).toMatchObject({
        temporaryAccount: false,
        temporaryAccountReason: 'OFFICIAL_TRANSFER',
        // The relationship moves to Shanghai; Shenzhen is the last earlier place with 10 years.
        benefitRegion: SHENZHEN,
        benefitRegionReason: 'EARLIER_PLACE_10_YEARS',
      });
    });

    it('applies to a woman from 40, and not to a man of 49', async () => {
      const woman41 = request({
        person: { sex: 'female', birthDate: '1984-01-01', hukouRegion: JINJIANG },
        destinationRegion: XIHU,
      });
      expect((await calculate(woman41)).json().temporaryAccount).toBe(true);
      const man49 = man55({
        person: { sex: 'male', birthDate: '1975-07-01', hukouRegion: ZHONGYUAN },
      });
      expect((await calculate(man49)).json()).toMatchObject({
        temporaryAccount: false,
        temporaryAccountReason: 'BELOW_AGE',
      });
    });

    it('moves the actual employer rate of temporary-account months when it is above 12%', async () => {
      const body = (
        await calculate(
          man55({
            fromRegion: PUDONG,
            destinationRegion: XIHU,
            transferDate: '2025-03-01',
            history: [
              period({ from: '2008-01', to: '2022-12' }),
              period({
                region: PUDONG,
                from: '2023-01',
                to: '2024-12',
                employerRateBp: 2000,
                accountKind: 'temporary',
              }),
            ],
          }),
        )
      ).json();
      // 24 × 500,000 × 20% = 2,400,000; individual 24 × 500,000 × 8% = 960,000.
      expect(body).toMatchObject({
        pooledFundFen: 2_400_000,
        individualAccountPrincipalFen: 960_000,
      });
      expect(codes(body)).toContain('POOLED_FUND_TEMPORARY_ACCOUNT_RATE');
    });
  });

  describe('where the pension is claimed (10-year rule)', () => {
    // A man of 35, hukou in Henan: 132 months in Shenzhen, then 53 in Hangzhou.
    const mover = (destinationRegion: string) =>
      request({
        person: { sex: 'male', birthDate: '1990-01-01', hukouRegion: ZHONGYUAN },
        fromRegion: XIHU,
        destinationRegion,
        history: [
          period({ from: '2010-01', to: '2020-12' }),
          period({ region: XIHU, from: '2021-01', to: '2025-05' }),
        ],
      });

    it('is the last earlier place with 10 years when the new place has fewer', async () => {
      expect((await calculate(mover(PUDONG))).json()).toMatchObject({
        benefitRegion: SHENZHEN,
        benefitRegionReason: 'EARLIER_PLACE_10_YEARS',
        totalMonths: 185,
        meetsMonthlyPensionMinimum: true,
      });
    });

    it('is the hukou place when the person moves back there, at any age', async () => {
      expect((await calculate(mover(JINSHUI))).json()).toMatchObject({
        temporaryAccount: false,
        temporaryAccountReason: 'RETURN_TO_HUKOU_PLACE',
        benefitRegion: JINSHUI,
        benefitRegionName: '河南省郑州市金水区',
        benefitRegionReason: 'HUKOU_PLACE',
      });
    });
  });

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
