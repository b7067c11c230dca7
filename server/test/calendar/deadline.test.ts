import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

describe('GET /api/v1/calendar/deadline', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const deadline = (query: string) => t.app.inject({ url: `/api/v1/calendar/deadline?${query}` });

  it('counts 15 working days from the day after receipt (DOMAIN.md §5)', async () => {
    const response = await deadline('from=2024-03-04&workingDays=15');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ deadline: '2024-03-25', provisional: false });
  });

  it('skips the Spring Festival holidays and counts the make-up working day', async () => {
    // Received Thursday 2024-02-08: 02-09 is a working day, 02-10..17 are holidays,
    // Sunday 02-18 is a make-up working day (调休).
    expect((await deadline('from=2024-02-08&workingDays=2')).json()).toEqual({
      deadline: '2024-02-18',
      provisional: false,
    });
  });

  it('moves a calendar-day period that ends on a holiday to the next working day', async () => {
    // 2025-09-21 + 10 days = 2025-10-01, National Day; the holidays run to 10-08.
    expect((await deadline('from=2025-09-21&calendarDays=10')).json()).toEqual({
      deadline: '2025-10-09',
      provisional: false,
    });
  });

  it('answers 422 with its own code for a year the calendar does not cover', async () => {
    const response = await deadline('from=2026-12-20&workingDays=15');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'CALENDAR_NOT_COVERED',
      details: { year: 2027 },
    });
  });

  it('on request, answers a provisional deadline counted by the statutory holidays instead', async () => {
    const response = await deadline('from=2026-12-15&workingDays=15&allowProvisional=true');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ deadline: '2027-01-06', provisional: true });
    expect((await deadline('from=2024-03-04&workingDays=15&allowProvisional=true')).json()).toEqual(
      { deadline: '2024-03-25', provisional: false },
    );
    const tooFar = await deadline('from=2100-12-20&workingDays=15&allowProvisional=true');
    expect(tooFar.statusCode).toBe(422);
    expect(tooFar.json()).toMatchObject({ code: 'CALENDAR_NOT_COVERED', details: { year: 2101 } });
  });

  it('answers bad input with 400 and the field', async () => {
    for (const query of [
      'from=2024-02-30&workingDays=3',
      'from=2024-03-04',
      'from=2024-03-04&workingDays=2&calendarDays=3',
      'from=2024-03-04&workingDays=-1',
      'from=2024-03-04&workingDays=abc',
      'from=2024-03-04&workingDays=3&allowProvisional=yes',
    ]) {
      const response = await deadline(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      expect(response.json().fields.length).toBeGreaterThan(0);
    }
  });
});
