import { describe, expect, it } from 'vitest';
import { afterPasswordAttempt, WRONG_PASSWORDS_TO_LOCK } from './password-lock.ts';

describe('the service password lock', () => {
  it('locks on the sixth wrong password in a row', () => {
    let wrong = 0;
    const answers = [];
    for (let i = 0; i < WRONG_PASSWORDS_TO_LOCK; i++) {
      const after = afterPasswordAttempt(wrong, false);
      answers.push(after);
      wrong = after.wrongInARow;
    }
    expect(answers.map((a) => a.locksNow)).toEqual([false, false, false, false, false, true]);
    expect(answers.map((a) => a.attemptsLeft)).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('starts counting again after a right password', () => {
    expect(afterPasswordAttempt(5, true)).toEqual({
      wrongInARow: 0,
      locksNow: false,
      attemptsLeft: 6,
    });
    expect(afterPasswordAttempt(0, false).attemptsLeft).toBe(5);
  });

  it('has no answer for a locked card or a nonsense count', () => {
    expect(() => afterPasswordAttempt(6, true)).toThrow(RangeError);
    expect(() => afterPasswordAttempt(-1, false)).toThrow(RangeError);
    expect(() => afterPasswordAttempt(1.5, false)).toThrow(RangeError);
  });
});
