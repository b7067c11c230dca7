import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../platform/crypto/index.ts';
import {
  citizenIdIndex,
  normalizeCitizenId,
  normalizeMobilePhone,
  phoneIndex,
} from './personal-keys.ts';

const today = '2026-11-27';

describe('normalizeCitizenId', () => {
  it('gives the stored 18-character form of a number however it was typed', () => {
    for (const typed of [
      '11010519491231002X',
      '11010519491231002x',
      ' 110105 19491231 002x ',
      '１１０１０５１９４９１２３１００２Ｘ',
      '110105491231002',
    ])
      expect(normalizeCitizenId(typed, today)).toBe('11010519491231002X');
  });

  it('gives nothing for a number that cannot be valid', () => {
    expect(normalizeCitizenId('110105194912310021', today)).toBeUndefined();
    expect(normalizeCitizenId('1101051949123100', today)).toBeUndefined();
    expect(normalizeCitizenId('', today)).toBeUndefined();
  });
});

describe('normalizeMobilePhone', () => {
  it('reduces a mainland mobile number to its 11 digits', () => {
    for (const typed of ['13812345678', '138 1234 5678', '138-1234-5678', '+86 138 1234 5678'])
      expect(normalizeMobilePhone(typed)).toBe('13812345678');
    expect(normalizeMobilePhone('0086 14000000101')).toBe('14000000101');
  });

  it('refuses what is not a mainland mobile number', () => {
    for (const typed of ['1381234567', '12812345678', '010-12345678', 'phone'])
      expect(normalizeMobilePhone(typed)).toBeUndefined();
  });
});

describe('blind indexes', () => {
  const cipher = createFieldCipher(randomBytes(32));

  it('bind the ID number and the phone to their own purposes', () => {
    const value = '14000000101';
    expect(phoneIndex(cipher, value)).toBe(cipher.blindIndex('phone', value));
    expect(citizenIdIndex(cipher, value)).toBe(cipher.blindIndex('citizen-id', value));
    expect(phoneIndex(cipher, value)).not.toBe(citizenIdIndex(cipher, value));
  });
});
