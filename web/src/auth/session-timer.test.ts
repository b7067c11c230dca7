import { describe, expect, it } from 'vitest';
import {
  announcedSeconds,
  idleDeadline,
  secondsLeft,
  sessionPhase,
  WARNING_SECONDS,
} from './session-timer.ts';

describe('the session timer', () => {
  const start = Date.UTC(2025, 0, 1);
  // 30 minutes of idle time, counted from a minute before the last request.
  const deadline = idleDeadline(start, 30 * 60);

  it('counts the idle deadline from a minute before the last activity', () => {
    expect(deadline - start).toBe(29 * 60_000);
  });

  it('keeps some idle time for very short sessions', () => {
    expect(idleDeadline(start, 60) - start).toBe(45_000);
  });

  it('warns at least 20 seconds before the end', () => {
    expect(WARNING_SECONDS).toBeGreaterThanOrEqual(20);
    expect(sessionPhase(deadline - WARNING_SECONDS * 1000 - 1, deadline)).toBe('active');
    expect(sessionPhase(deadline - WARNING_SECONDS * 1000, deadline)).toBe('warning');
    expect(sessionPhase(deadline - 1, deadline)).toBe('warning');
    expect(sessionPhase(deadline, deadline)).toBe('expired');
  });

  it('counts down in whole seconds, and announces in steps', () => {
    expect(secondsLeft(deadline - 59_001, deadline)).toBe(60);
    expect(secondsLeft(deadline + 5_000, deadline)).toBe(0);
    expect(announcedSeconds(deadline - 59_000, deadline)).toBe(60);
    expect(announcedSeconds(deadline - 44_000, deadline)).toBe(45);
    expect(announcedSeconds(deadline - 1_000, deadline)).toBe(15);
  });
});
