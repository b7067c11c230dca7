import { describe, expect, it } from 'vitest';
import { cardEventMessage, notifiedCardEvents } from './card-messages.ts';

describe('cardEventMessage', () => {
  it('says every notified card event in both languages, pointing to the card pages', () => {
    for (const event of notifiedCardEvents) {
      const message = cardEventMessage(event, { reasonCode: 'settled-abroad' })!;
      for (const text of Object.values(message)) expect(text.trim()).not.toBe('');
      expect(message.bodyZh).toContain('我的社保卡');
      expect(message.bodyEn).toContain('My social security cards');
    }
  });

  it('says each in one signed text message of one segment (70 characters), with no card number', () => {
    for (const event of notifiedCardEvents) {
      for (const replacesCardId of [null, 'old-card']) {
        const { sms } = cardEventMessage(event, { replacesCardId, reasonCode: 'settled-abroad' })!;
        expect(sms).toMatch(/^【社保】/);
        expect([...sms].length).toBeLessThanOrEqual(70);
        expect(sms).not.toMatch(/\d{6,}/);
      }
    }
  });

  it('tells a new card made to replace another apart from a first card', () => {
    expect(cardEventMessage('issued', { replacesCardId: 'old-card' })!.titleZh).toBe(
      '新社保卡已制发',
    );
    expect(cardEventMessage('issued', { replacesCardId: null })!.titleZh).toBe('社保卡已制发');
  });

  it('tells nobody of a card cancelled because its holder died, nor of one a new card replaced', () => {
    expect(cardEventMessage('cancelled', { reasonCode: 'death' })).toBeUndefined();
    expect(cardEventMessage('cancelled', { reasonCode: 'replacement' })).toBeUndefined();
    expect(cardEventMessage('cancelled', { reasonCode: 'settled-abroad' })!.titleZh).toBe(
      '社保卡已注销',
    );
  });
});
