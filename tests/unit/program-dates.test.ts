import { describe, expect, it } from 'vitest';
import { calendarStartDate, planWeekOn } from '../../src/lib/program-dates';

describe('calendarStartDate', () => {
  it('is the Monday on or after the earliest date when today is not known (the build)', () => {
    // 2026-12-04 is a Friday; 2026-12-07 a Monday.
    expect(calendarStartDate('2026-12-04')).toBe('2026-12-07');
    expect(calendarStartDate('2026-12-07')).toBe('2026-12-07');
  });

  it('matches the build while that Monday is still ahead of the reader', () => {
    expect(calendarStartDate('2026-12-04', '2026-12-05')).toBe('2026-12-07');
    expect(calendarStartDate('2026-12-04', '2026-12-06')).toBe('2026-12-07');
    expect(calendarStartDate('2026-12-04', '2026-11-01')).toBe('2026-12-07');
  });

  it('moves to the next Monday after today once the build date has passed', () => {
    // On the Monday itself the next start is a week later: a plan cannot start today.
    expect(calendarStartDate('2026-12-04', '2026-12-07')).toBe('2026-12-14');
    expect(calendarStartDate('2026-12-04', '2027-03-03')).toBe('2027-03-08');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => calendarStartDate('2026-12-04', '5 Dec 2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('planWeekOn', () => {
  it('counts weeks from the start day', () => {
    expect(planWeekOn('2026-12-07', '2026-12-07', 8)).toBe(1);
    expect(planWeekOn('2026-12-07', '2026-12-13', 8)).toBe(1);
    expect(planWeekOn('2026-12-07', '2026-12-14', 8)).toBe(2);
    expect(planWeekOn('2026-12-07', '2027-01-31', 8)).toBe(8);
  });

  it('is undefined before the start and after the last week', () => {
    expect(planWeekOn('2026-12-07', '2026-12-06', 8)).toBeUndefined();
    expect(planWeekOn('2026-12-07', '2027-02-01', 8)).toBeUndefined();
    expect(planWeekOn('not a date', '2027-02-01', 8)).toBeUndefined();
  });

  it('wraps around in a repeated block', () => {
    expect(planWeekOn('2026-12-07', '2027-01-04', 4, true)).toBe(1);
    expect(planWeekOn('2026-12-07', '2027-01-11', 4, true)).toBe(2);
  });
});
