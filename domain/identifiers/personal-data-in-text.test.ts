import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mobileNumber, validCitizenId } from './identifier-arbitraries.ts';
import { findPersonalData, maskPersonalDataInText } from './personal-data-in-text.ts';

describe('findPersonalData', () => {
  it('finds an ID number and a mobile number in Chinese text, with their places', () => {
    const text = '身份证11010519491231002X，手机13812345678。';
    expect(findPersonalData(text)).toEqual([
      {
        kind: 'citizen-id',
        value: '11010519491231002X',
        normalized: '11010519491231002X',
        start: 3,
        end: 21,
      },
      { kind: 'mobile-phone', value: '13812345678', normalized: '13812345678', start: 24, end: 35 },
    ]);
  });

  it('finds ID numbers with a lower-case x and grouped 6-8-4', () => {
    const found = findPersonalData('{"id":"11010519491231002x","shown":"110105 19491231 002X"}');
    expect(found.map((f) => [f.kind, f.value, f.normalized])).toEqual([
      ['citizen-id', '11010519491231002x', '11010519491231002X'],
      ['citizen-id', '110105 19491231 002X', '11010519491231002X'],
    ]);
  });

  it('finds mobile numbers with a country code or grouped 3-4-4', () => {
    const found = findPersonalData(
      'a +86 139-1234-5678 b 0086 13912345678 c 8613912345678 d 139 1234 5678',
    );
    expect(found.map((f) => f.normalized)).toEqual(Array(4).fill('13912345678'));
    expect(found[0]?.value).toBe('+86 139-1234-5678');
  });

  it('finds values in URLs and log fields', () => {
    const found = findPersonalData('GET /people?id=440524188001010014&phone=15912345678');
    expect(found.map((f) => f.normalized)).toEqual(['440524188001010014', '15912345678']);
  });

  it('ignores 18-character numbers whose check character is wrong', () => {
    expect(findPersonalData('110105194912310021')).toEqual([]);
  });

  it.each([
    ['a longer digit run', '138123456789'],
    ['a digit before it', '013812345678'],
    ['a second digit not 3–9', '12812345678'],
    ['a mixed grouping', '138 1234-5678'],
    ['a foreign +1 number', '+13812345678'],
    ['an ID in a longer digit run', '11010519491231002X0'],
  ])('ignores %s (%j)', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('ignores digit runs glued to letters, as in hashes and UUIDs', () => {
    const hash = 'sha256:af13812345678b0e11010519491231002Xc9';
    expect(findPersonalData(hash)).toEqual([]);
    expect(findPersonalData('3f2a9c1e-0b4d-4e8f-9a6b-13812345678d')).toEqual([]);
    expect(
      findPersonalData('e11010519491231002X e13812345678 11010519491231002Xe 13812345678e'),
    ).toEqual([]);
  });
});

describe('maskPersonalDataInText', () => {
  it('replaces every ID and mobile number by its mask and keeps the rest', () => {
    expect(maskPersonalDataInText('身份证11010519491231002X，手机+86 138 1234 5678。')).toBe(
      '身份证1101**********002X，手机138****5678。',
    );
  });

  it('leaves text without personal data untouched', () => {
    const text = 'order 12345, total 138.00 yuan, 2025-06-30T12:00:00Z, 110105194912310021';
    expect(maskPersonalDataInText(text)).toBe(text);
  });
});

describe('personal data properties', () => {
  const separator = fc.constantFrom(' ', '，', '"', '=', '\n', ':', '、', '/', '(');
  const filler = fc.string({ maxLength: 12 });
  const value = fc.oneof(validCitizenId('2025-06-30'), mobileNumber);
  const textWithValues = fc
    .array(fc.tuple(filler, separator, value, separator), { minLength: 1, maxLength: 5 })
    .chain((parts) =>
      fc.tuple(
        fc.constant(parts.map(([, , v]) => v)),
        filler.map((tail) => parts.map((part) => part.join('')).join('') + tail),
      ),
    );

  it('finds every ID and mobile number embedded in random text', () => {
    fc.assert(
      fc.property(textWithValues, ([values, text]) => {
        const found = findPersonalData(text).map((f) => f.normalized);
        for (const v of values) expect(found).toContain(v);
      }),
    );
  });

  it('masks all of them, so that nothing is found afterwards', () => {
    fc.assert(
      fc.property(textWithValues, ([values, text]) => {
        const masked = maskPersonalDataInText(text);
        for (const v of values) expect(masked).not.toContain(v);
        expect(findPersonalData(masked)).toEqual([]);
        expect(maskPersonalDataInText(masked)).toBe(masked);
      }),
    );
  });

  it('reports nothing in text without digits', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abcXx +-中文，。:'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(findPersonalData(t)).toEqual([]);
        expect(maskPersonalDataInText(t)).toBe(t);
      }),
    );
  });

  it('does not take the decimals of a number for a phone or an ID number', () => {
    expect(findPersonalData('{"responseTime":0.8617390000004,"x":2.13812345678}')).toEqual([]);
    expect(findPersonalData('{"ratio":1.11010519491231002X}')).toEqual([]);
    expect(findPersonalData('ratio 11010519491231002X')).toHaveLength(1);
    // A sentence that ends with a full stop before a number still counts.
    expect(findPersonalData('电话.13812345678')).toHaveLength(1);
  });
});
