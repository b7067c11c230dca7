import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../api/api-failure.ts';
import type { Card } from '../../api/cards.ts';
import { actionPageOpen, offeredActions, parseReason } from './card-offers.ts';
import { cardsEn } from './cards-messages.en.ts';
import { cardsZhCN } from './cards-messages.zh-CN.ts';
import { actionUrl, parseActionPage, readCardDone } from './card-paths.ts';
import { passwordProblems } from './card-password.ts';
import { describeCardProblem } from './card-problem.ts';

const card = (changes: Partial<Card> = {}): Card => ({
  id: '0190a000-0000-7000-8000-000000000001',
  cardNumber: 'X******19',
  identificationCode: '110100**********************1234',
  holderName: '林*',
  issuingRegion: { code: '110100', name: '北京市' },
  issuedOn: '2020-03-01',
  expiresOn: '2030-03-01',
  expired: false,
  status: 'normal',
  statusLabel: { zh: '正常', en: 'In use' },
  locked: false,
  temporaryLossEndsAt: null,
  pendingRequest: null,
  offeredCancellation: null,
  cancellation: null,
  renewal: { allowedFrom: '2029-12-31', openNow: false },
  availableActions: ['report-temporary-loss', 'request-replacement', 'cancel'],
  replacesCardId: null,
  version: 3,
  cancellationReasons: [],
  timeline: [],
  ...changes,
});

const failure = (status: number, code: string, details: Record<string, unknown> = {}) =>
  new ApiFailure('http', status, code, { zh: '服务器', en: 'server' }, [], details);

describe('what a card page offers', () => {
  it('lists the open actions in a fixed order, and renewal of a card in use before its window', () => {
    expect(offeredActions(card())).toEqual([
      'report-temporary-loss',
      'request-renewal',
      'request-replacement',
      'cancel',
    ]);
    expect(actionPageOpen(card(), 'request-renewal')).toBe(true);
  });

  it('offers no renewal while a request is pending or the card is not in use', () => {
    const pending = card({
      pendingRequest: {
        kind: 'replacement',
        label: { zh: '补换卡办理中', en: 'Replacement in progress' },
        reason: null,
        requestedAt: null,
      },
      availableActions: ['report-temporary-loss'],
    });
    expect(offeredActions(pending)).toEqual(['report-temporary-loss']);
    const lost = card({ status: 'temporary-loss', availableActions: ['unblock'] });
    expect(offeredActions(lost)).toEqual(['unblock']);
    expect(actionPageOpen(lost, 'report-temporary-loss')).toBe(false);
  });

  it('takes a cancellation reason from the address only when the holder may give it', () => {
    const withReasons = card({
      cancellationReasons: [
        {
          code: 'settled-abroad',
          zh: '出国（境）定居',
          en: 'Settled abroad',
          handling: 'agency',
          availableNow: true,
          refusal: null,
        },
      ],
    });
    expect(parseReason(withReasons, 'settled-abroad')).toBe('settled-abroad');
    expect(parseReason(withReasons, 'death')).toBeNull();
    expect(parseReason(withReasons, 'replacement')).toBeNull();
    expect(parseReason(withReasons, null)).toBeNull();
  });
});

describe('card addresses', () => {
  it('names each action page by a word and reads it back', () => {
    expect(actionUrl('abc', 'report-temporary-loss')).toBe('/my-cards/abc/report-lost');
    expect(actionUrl('abc', 'cancel', 'settled-abroad')).toBe(
      '/my-cards/abc/cancel?reason=settled-abroad',
    );
    expect(parseActionPage('keep')).toBe('keep');
    expect(parseActionPage('constructor')).toBeNull();
    expect(parseActionPage(undefined)).toBeNull();
  });

  it('shows a confirmation only for an action just done', () => {
    expect(readCardDone({ cardDone: 'unblock' })).toBe('unblock');
    expect(readCardDone({ cardDone: 'toString' })).toBeNull();
    expect(readCardDone(null)).toBeNull();
  });
});

describe('the new service password', () => {
  it('asks for six digits, typed the same twice; spaces between digits do not count', () => {
    expect(passwordProblems('', '')).toEqual([{ field: 'password', code: 'passwordMissing' }]);
    expect(passwordProblems('12345', '12345')).toEqual([
      { field: 'password', code: 'passwordFormat' },
    ]);
    expect(passwordProblems('12a456', '')).toEqual([{ field: 'password', code: 'passwordFormat' }]);
    expect(passwordProblems('147258', '')).toEqual([{ field: 'repeat', code: 'repeatMissing' }]);
    expect(passwordProblems('147258', '147259')).toEqual([{ field: 'repeat', code: 'mismatch' }]);
    expect(passwordProblems('147 258', '147258')).toEqual([]);
  });
});

describe('a refused change in plain words', () => {
  it('gives the first day a renewal may be asked for, from the server', () => {
    const problem = describeCardProblem(
      failure(422, 'RENEWAL_TOO_EARLY', { allowedFrom: '2029-12-31', expiresOn: '2030-03-01' }),
      card(),
      cardsZhCN,
      'zh-CN',
    );
    expect(problem.message).toContain('从 2029年12月31日 起才可以申请');
    expect(problem.message).toContain('有效期至 2030年3月1日');
    expect(problem.next).toBe('replacement');
    const en = describeCardProblem(
      failure(422, 'RENEWAL_TOO_EARLY', { allowedFrom: '2029-12-31' }),
      card(),
      cardsEn,
      'en',
    );
    expect(en.message).toContain('you can ask from 31 December 2029');
  });

  it('reloads the card after a conflict and says what state it is in now', () => {
    const stale = describeCardProblem(failure(409, 'CONFLICT'), card(), cardsZhCN, 'zh-CN');
    expect(stale).toMatchObject({ reload: true, next: null });
    const notAllowed = describeCardProblem(
      failure(409, 'CARD_ACTION_NOT_ALLOWED'),
      card({ status: 'cancelled', statusLabel: { zh: '已注销', en: 'Cancelled' } }),
      cardsEn,
      'en',
    );
    expect(notAllowed.message).toContain('“Cancelled”');
    expect(notAllowed.reload).toBe(true);
  });

  it('sends a lapsed authentication to prove it is you, and names a refused cancellation', () => {
    expect(
      describeCardProblem(
        failure(403, 'REAL_PERSON_AUTHENTICATION_REQUIRED'),
        card(),
        cardsZhCN,
        'zh-CN',
      ).next,
    ).toBe('verify');
    expect(
      describeCardProblem(
        failure(422, 'CANCELLATION_REFUSED', { refusal: 'NO_LIVE_CARD_IN_ANOTHER_REGION' }),
        card(),
        cardsZhCN,
        'zh-CN',
      ).message,
    ).toBe(cardsZhCN.cancel.refusals.NO_LIVE_CARD_IN_ANOTHER_REGION);
    expect(describeCardProblem(ApiFailure.network(), card(), cardsZhCN, 'zh-CN').message).toContain(
      '您填写的内容还在',
    );
  });
});
