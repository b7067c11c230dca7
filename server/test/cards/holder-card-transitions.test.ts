import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/iso-date.ts';
import type { CardActionKind } from '../../../domain/cards/index.ts';
import { chinaToday } from '../../src/platform/clock.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from './card-helpers.ts';

// A card issued so that it expires in 30 days: its renewal window is open.
const tenYearsBefore = (date: string) =>
  `${Number(date.slice(0, 4)) - 10}-${date.slice(5) === '02-29' ? '02-28' : date.slice(5)}`;

type Setup = readonly (CardActionKind | [CardActionKind, 'moved-out-of-province'])[];
const states: Record<string, Setup> = {
  sealed: [],
  normal: ['enabled'],
  'temporary-loss': ['enabled', 'temporary-loss-reported'],
  'formal-loss': ['enabled', 'formal-loss-reported'],
  cancelled: ['enabled', ['cancelled', 'moved-out-of-province']],
  'normal, replacement pending': ['enabled', 'replacement-requested'],
  'normal, cancellation offered': ['enabled', ['cancellation-offered', 'moved-out-of-province']],
};

const endpoints = [
  ['enable', { password: '258369' }],
  ['temporary-loss', {}],
  ['unblock', {}],
  ['renewal', {}],
  ['replacement', {}],
  ['cancellation', { reason: 'settled-abroad' }],
  ['cancellation', { reason: 'duplicate-card-in-another-region' }],
  ['cancellation-offer/decline', {}],
] as const;

// Written out from DOMAIN.md §6 (and the request rules of domain/cards), not computed: which
// holder request each state allows, and the status it leads to.
const legal: Record<string, Record<string, string>> = {
  sealed: {
    enable: 'normal',
    'cancellation:settled-abroad': 'sealed',
    'cancellation:duplicate-card-in-another-region': 'cancelled',
  },
  normal: {
    'temporary-loss': 'temporary-loss',
    renewal: 'normal',
    replacement: 'normal',
    'cancellation:settled-abroad': 'normal',
    'cancellation:duplicate-card-in-another-region': 'cancelled',
  },
  'temporary-loss': {
    unblock: 'normal',
    replacement: 'temporary-loss',
    'cancellation:settled-abroad': 'temporary-loss',
    'cancellation:duplicate-card-in-another-region': 'cancelled',
  },
  'formal-loss': {
    replacement: 'formal-loss',
    'cancellation:settled-abroad': 'formal-loss',
    'cancellation:duplicate-card-in-another-region': 'cancelled',
  },
  cancelled: {},
  'normal, replacement pending': {
    'temporary-loss': 'temporary-loss',
    'cancellation:duplicate-card-in-another-region': 'cancelled',
  },
  'normal, cancellation offered': {
    'temporary-loss': 'temporary-loss',
    renewal: 'normal',
    replacement: 'normal',
    'cancellation:settled-abroad': 'normal',
    'cancellation:duplicate-card-in-another-region': 'cancelled',
    'cancellation-offer/decline': 'normal',
  },
};

describe('what a holder may do with a card in each state, through the API', () => {
  let t: TestApp;
  let client: ReturnType<typeof cardClient>;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    // 林悦 holds a live card from Xiamen: every card here is a duplicate from another region.
    client = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    personId = await personIdOf(t, 'first-job');
  });
  afterAll(() => t?.close());

  for (const [state, setup] of Object.entries(states)) {
    for (const [path, extra] of endpoints) {
      const name = 'reason' in extra ? `${path}:${extra.reason}` : path;
      const to = legal[state]![name];
      it(`${state}: ${name} → ${to ?? '409'}`, async () => {
        const issuedOn = tenYearsBefore(addDays(chinaToday(), 30));
        const cardId = await cardWith(t, personId, setup, { issuedOn });
        const before = (await client.get(cardId)).json();
        const response = await client.post(cardId, path, { version: before.version, ...extra });
        if (to === undefined) {
          expect(response.statusCode).toBe(409);
          expect(response.json()).toMatchObject({
            code: 'CARD_ACTION_NOT_ALLOWED',
            details: { status: before.status },
          });
          expect((await client.get(cardId)).json().version).toBe(before.version);
        } else {
          expect(response.statusCode).toBe(200);
          expect(response.json()).toMatchObject({ status: to, version: before.version + 1 });
        }
      });
    }
  }
});
