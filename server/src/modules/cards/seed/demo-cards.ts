// The demo people's social security cards: one readable plan per person whose story needs more
// than one ordinary card, dated relative to the day the demo is seeded, so that an expiring card
// stays inside its renewal window and a temporary loss report is fresh whenever the demo starts.
import type { CancellationReasonCode, CardActionKind } from '../../../../../domain/cards/index.ts';
import { addDays } from '../../../../../domain/calendar/iso-date.ts';
import type { DemoPerson } from '../../persons/index.ts';

/** One action of a demo card's history after its issue, on the day `on`. */
export interface DemoCardAction {
  readonly action: CardActionKind;
  readonly reason?: CancellationReasonCode;
  readonly on: string;
}

/** A demo card: where and when it was issued and what happened to it since. */
export interface DemoCard {
  readonly regionCode: string;
  readonly issuedOn: string;
  readonly actions: readonly DemoCardAction[];
  /** The open agency task the story leaves, if any. */
  readonly task?: 'replacement-issuing';
}

/** The same day ten years earlier (28 February for a 29 February that has none). */
function tenYearsBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 10).padStart(4, '0');
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The relationship whose region issued the person's card: the one in use, else the last one. */
function cardRegionOf(person: DemoPerson): { regionCode: string; startedOn: string } {
  const order = ['contributing', 'drawing-pension', 'suspended', 'terminated'];
  const sorted = [...person.relationships].sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status),
  );
  return sorted[0] ?? { regionCode: person.hukouRegionCode, startedOn: '2020-01-01' };
}

/**
 * The cards of a demo person seeded on `today`. By default one card in use, issued by the region
 * of the relationship in use when it started, but at most eight years ago (so it is not near its
 * expiry). The stories:
 * - 陈晓珊 (within-province): her card is under a temporary loss report made today;
 * - 吴国平 (before-1998): his card expires in 30 days, inside the renewal window;
 * - 白云飞 (duplicate-insurance): cards from Taiyuan and Beijing — he may cancel one online;
 * - 苏晴 (just-below-forty): her Suzhou card, and a sealed new card from Chongqing to enable;
 * - 李明哲 (earlier-ten-years): a card formally reported lost, its replacement waiting at the agency;
 * - 郑国强 (deceased): his card was cancelled when his death was reported;
 * - 杨帆 (transfer-completed): his Xi'an card is offered for cancellation after his move to
 *   Chengdu, beside his Chengdu card.
 */
export function demoCardsOf(person: DemoPerson, today: string): DemoCard[] {
  const eightYearsAgo = addDays(today, -8 * 365);
  const usual = cardRegionOf(person);
  const inUse = (regionCode: string, issuedOn: string): DemoCard => ({
    regionCode,
    issuedOn,
    actions: [{ action: 'enabled', on: issuedOn }],
  });
  const ordinary = inUse(usual.regionCode, later(usual.startedOn, eightYearsAgo));
  switch (person.key) {
    case 'within-province':
      return [
        {
          ...ordinary,
          actions: [...ordinary.actions, { action: 'temporary-loss-reported', on: today }],
        },
      ];
    case 'before-1998': {
      const issuedOn = tenYearsBefore(addDays(today, 30));
      return [inUse(usual.regionCode, issuedOn)];
    }
    case 'duplicate-insurance':
      return [inUse('140100', later('2012-07-01', eightYearsAgo)), inUse('110100', '2021-10-15')];
    case 'just-below-forty':
      return [
        inUse('320500', later('2009-07-01', eightYearsAgo)),
        { regionCode: '500100', issuedOn: addDays(today, -20), actions: [] },
      ];
    case 'earlier-ten-years':
      return [
        {
          ...ordinary,
          actions: [
            ...ordinary.actions,
            { action: 'formal-loss-reported', on: addDays(today, -3) },
            { action: 'replacement-requested', on: addDays(today, -3) },
          ],
          task: 'replacement-issuing',
        },
      ];
    case 'deceased':
      return [
        {
          ...ordinary,
          actions: [
            ...ordinary.actions,
            { action: 'cancelled', reason: 'death', on: person.deceasedOn ?? today },
          ],
        },
      ];
    case 'transfer-completed':
      return [
        {
          ...inUse('610100', later('2010-07-01', eightYearsAgo)),
          actions: [
            { action: 'enabled', on: later('2010-07-01', eightYearsAgo) },
            { action: 'cancellation-offered', reason: 'moved-out-of-province', on: '2022-04-20' },
          ],
        },
        inUse('510100', '2022-05-10'),
      ];
    default:
      return [ordinary];
  }
}
