import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCitizenId } from '../../../../../domain/identifiers/index.ts';
import { isRegionCode } from '../../../../../domain/transfer/place.ts';
import { DEMO_CLOSED_REGIONS } from '../../regions/index.ts';
import { normalizeMobilePhone } from '../personal-keys.ts';
import { DEMO_PERSONS, DEMO_TRANSFER_DATE } from './demo-persons.ts';

describe('demo population', () => {
  it('has a few dozen people, each with a unique key, ID number and phone', () => {
    expect(DEMO_PERSONS.length).toBeGreaterThanOrEqual(30);
    for (const field of ['key', 'citizenId', 'phone', 'name'] as const)
      expect(new Set(DEMO_PERSONS.map((p) => p[field])).size).toBe(DEMO_PERSONS.length);
  });

  it('gives everyone a valid ID number, a mobile number and a hukou region', () => {
    for (const person of DEMO_PERSONS) {
      const validation = validateCitizenId(person.citizenId, { today: DEMO_TRANSFER_DATE });
      expect(validation.errors, person.key).toEqual([]);
      expect(validation.normalized, person.key).toBe(person.citizenId);
      expect(normalizeMobilePhone(person.phone), person.key).toBe(person.phone);
      expect(person.phone.startsWith('140'), person.key).toBe(true);
      expect(isRegionCode(person.hukouRegionCode), person.key).toBe(true);
      expect(person.story.zh.length > 10 && person.story.en.length > 10, person.key).toBe(true);
    }
  });

  it('records no month twice in one relationship and ends before the demo transfer date', () => {
    for (const person of DEMO_PERSONS)
      for (const relationship of person.relationships) {
        const months = relationship.periods.flatMap((p) => [p.from, p.to]);
        expect([...months].sort(), person.key).toEqual(months);
        expect(
          months.every((m) => m < DEMO_TRANSFER_DATE.slice(0, 7)),
          person.key,
        ).toBe(true);
      }
  });

  it('covers the rules of DOMAIN.md §3', () => {
    const rules = new Set(DEMO_PERSONS.flatMap((p) => p.rules));
    for (const rule of [
      'within one province',
      '50/40 rule: temporary account',
      '50/40 rule: return to hukou place',
      '50/40 rule: official transfer',
      '50/40 rule: below the age',
      'precondition: no arrears',
      'precondition: not drawing a pension',
      'precondition: old place suspended',
      'precondition: contributed at the new place',
      'precondition: back payment of 3+ years needs legal documents',
      'one open application per scheme',
      'destination not open online',
      'before 1998',
      'flexible worker: 12%',
      'deemed years',
      '10-year rule: hukou place',
      '10-year rule: current place',
      '10-year rule: earlier place',
      '10-year rule: gathered at hukou place',
      'duplicate insurance',
      'deceased',
      'resident pension moves with the hukou',
      'medical: gap of 3 months or less',
    ])
      expect(rules, rule).toContain(rule);
    const destinations = DEMO_PERSONS.flatMap((p) => (p.move ? [p.move.to] : []));
    expect(destinations.some((code) => DEMO_CLOSED_REGIONS.includes(code))).toBe(true);
  });

  it('is listed in the README with its full (fictional) ID numbers and phones', () => {
    const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');
    for (const person of DEMO_PERSONS) {
      expect(readme, person.key).toContain(person.citizenId);
      expect(readme, person.key).toContain(person.phone);
      expect(readme, person.key).toContain(person.name);
    }
  });
});
