import { describe, expect, it } from 'vitest';
import { calendarRows, nextYearToLoad } from './calendar-rows.ts';

const fromPackage = (year: number) => ({
  year,
  source: 'package' as const,
  notice: null,
  loadedAt: null,
});

describe('the holiday-calendar rows of the admin page', () => {
  it('shows consecutive package years as one range and each loaded year on its own', () => {
    const loaded = {
      year: 2027,
      source: 'loaded' as const,
      notice: '国务院办公厅关于2027年部分节假日安排的通知',
      loadedAt: '2026-11-20T02:00:00.000Z',
    };
    expect(calendarRows([fromPackage(2004), fromPackage(2005), fromPackage(2006), loaded])).toEqual(
      [
        { source: 'package', from: 2004, to: 2006 },
        { source: 'loaded', year: 2027, notice: loaded.notice, loadedAt: loaded.loadedAt },
      ],
    );
    expect(nextYearToLoad([fromPackage(2026), loaded])).toBe(2028);
  });

  it('starts a new range after a gap or a loaded year', () => {
    const loaded = { year: 2008, source: 'loaded' as const, notice: null, loadedAt: null };
    expect(calendarRows([fromPackage(2004), fromPackage(2006), loaded, fromPackage(2009)])).toEqual(
      [
        { source: 'package', from: 2004, to: 2004 },
        { source: 'package', from: 2006, to: 2006 },
        { source: 'loaded', year: 2008, notice: null, loadedAt: null },
        { source: 'package', from: 2009, to: 2009 },
      ],
    );
  });

  it('has nothing to list and no year to ask for when no year is covered', () => {
    expect(calendarRows([])).toEqual([]);
    expect(nextYearToLoad([])).toBeNull();
  });
});
