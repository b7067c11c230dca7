import type { createTestApp } from '../helpers/test-app.ts';

// GB/T 2260 regions used below.
export const SHENZHEN = '440300'; // 广东省深圳市
export const PUDONG = '310115'; // 上海市浦东新区
export const XIHU = '330106'; // 浙江省杭州市西湖区
export const ZHONGYUAN = '410102'; // 河南省郑州市中原区
export const JINSHUI = '410105'; // 河南省郑州市金水区
export const JINJIANG = '510104'; // 四川省成都市锦江区

export type Body = Record<string, unknown>;

/** A normal employee period in Shenzhen at a 5,000-yuan base and a 16% employer rate. */
export const period = (overrides: Body = {}): Body => ({
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
export const request = (overrides: Body = {}): Body => ({
  person: { sex: 'male', birthDate: '1995-04-01', hukouRegion: JINJIANG },
  fromRegion: SHENZHEN,
  destinationRegion: PUDONG,
  transferDate: '2025-06-30',
  history: [period()],
  ...overrides,
});

export const paths = (body: { fields: { path: string }[] }) =>
  body.fields.map((field) => field.path);
export const codes = (body: { explanation: { code: string }[] }) =>
  body.explanation.map((entry) => entry.code);

/** Posts a body to the calculator as JSON, whatever it holds. */
export const calculateWith = (t: Awaited<ReturnType<typeof createTestApp>>) => (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/transfer-calculator',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });
