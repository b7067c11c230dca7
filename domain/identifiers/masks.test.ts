import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCitizenId } from './identifier-arbitraries.ts';
import { maskBankAccount, maskCardNumber, maskCitizenId, maskName, maskPhone } from './masks.ts';

describe('maskCitizenId', () => {
  it('keeps the first 4 and last 4 characters of 18', () => {
    expect(maskCitizenId('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks the number however it was typed', () => {
    expect(maskCitizenId('110105 19491231 002x')).toBe('1101**********002X');
  });

  it('masks a 15-digit legacy number the same way', () => {
    expect(maskCitizenId('110105491231002')).toBe('1101*******1002');
  });

  it.each([
    ['', ''],
    ['1', '*'],
    ['12345', '*****'],
    ['12345678901', '***********'],
    ['123456789012', '1234****9012'],
  ])('masks the short value %j as %j', (value, masked) => {
    expect(maskCitizenId(value)).toBe(masked);
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳娜', '欧阳*'],
    ['司马相如', '司马**'],
    ['欧阳', '欧*'],
    ['张', '*'],
    ['', ''],
    ['  李四 ', '李*'],
    ['John Smith', 'J*********'],
    ['John   Smith', 'J*********'],
    ['阿依古丽·买买提', '阿*******'],
    ['𠀀三', '𠀀*'],
    ['王𠀀𠀀', '王**'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['008613812345678', '138****5678'],
    ['010-62345678', '010****5678'],
    ['0755-12345678', '075*****5678'],
    ['62345678', '********'],
    ['12345', '*****'],
    ['', ''],
  ])('masks %j as %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('maskBankAccount', () => {
  it.each([
    ['6222021234567890123', '622202*********0123'],
    ['6222 0212 3456 7890', '622202******7890'],
    ['12345678901234', '123456****1234'],
    ['1234567890123', '*************'],
    ['1234', '****'],
    ['', ''],
  ])('masks %j as %j', (account, masked) => {
    expect(maskBankAccount(account)).toBe(masked);
  });
});

describe('maskCardNumber', () => {
  it.each([
    ['X00000019', 'X******19'],
    ['x00000019', 'X******19'],
    ['1234567', '1****67'],
    ['123456', '******'],
    ['', ''],
  ])('masks %j as %j', (cardNumber, masked) => {
    expect(maskCardNumber(cardNumber)).toBe(masked);
  });
});

describe('mask properties', () => {
  it('never shows the middle ten characters of an ID number', () => {
    fc.assert(
      fc.property(validCitizenId('2025-06-30'), (id) => {
        const masked = maskCitizenId(id);
        expect(masked).toBe(`${id.slice(0, 4)}**********${id.slice(14)}`);
        expect(masked).not.toContain(id.slice(4, 14));
      }),
    );
  });

  const masks = [
    { mask: maskCitizenId, keepStart: 4, keepEnd: 4 },
    { mask: maskBankAccount, keepStart: 6, keepEnd: 4 },
    { mask: maskCardNumber, keepStart: 1, keepEnd: 2 },
    { mask: maskPhone, keepStart: 3, keepEnd: 4 },
  ];

  it.each(masks)(
    '$mask.name shows at most its first $keepStart and last $keepEnd characters, and hides at least 4',
    ({ mask, keepStart, keepEnd }) => {
      // Digits and capital letters only, which no mask rewrites; 2… so no value reads as a mobile.
      const value = fc
        .string({ unit: fc.constantFrom(...'0123456789ABX'), maxLength: 30 })
        .map((s) => `2${s}`);
      fc.assert(
        fc.property(value, (v) => {
          const masked = mask(v);
          expect(masked).toHaveLength(v.length);
          const hidden = v.length - keepStart - keepEnd;
          if (hidden < 4) {
            expect(masked).toBe('*'.repeat(v.length));
          } else {
            expect(masked).toBe(
              v.slice(0, keepStart) + '*'.repeat(hidden) + v.slice(v.length - keepEnd),
            );
          }
        }),
      );
    },
  );

  it('shows only the surname of a name and keeps its length', () => {
    const name = fc.array(fc.constantFrom(...'张王李赵欧阳司马娜三丰'), {
      minLength: 2,
      maxLength: 6,
    });
    fc.assert(
      fc.property(name, (characters) => {
        const masked = Array.from(maskName(characters.join('')));
        expect(masked).toHaveLength(characters.length);
        const shown = masked.filter((c) => c !== '*').length;
        expect(shown).toBeGreaterThanOrEqual(1);
        expect(shown).toBeLessThanOrEqual(characters.length >= 3 ? 2 : 1);
        expect(masked.slice(0, shown)).toEqual(characters.slice(0, shown));
        expect(masked.slice(shown).every((c) => c === '*')).toBe(true);
      }),
    );
  });
});
