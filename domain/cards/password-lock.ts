// The card's service password (服务密码): six wrong passwords in a row lock the card (DOMAIN.md §6).
// A right password clears the count; a locked card refuses every password, the right one too,
// until an agency resets it.

export const WRONG_PASSWORDS_TO_LOCK = 6;

/** A service password: six digits (project decision, as bank and card PINs). */
export const CARD_PASSWORD_PATTERN = /^[0-9]{6}$/;

/** The counter after one attempt, and whether this attempt locks the card. */
export function afterPasswordAttempt(
  wrongInARow: number,
  correct: boolean,
): { wrongInARow: number; locksNow: boolean; attemptsLeft: number } {
  if (!Number.isInteger(wrongInARow) || wrongInARow < 0 || wrongInARow >= WRONG_PASSWORDS_TO_LOCK)
    throw new RangeError(`Not the count of an unlocked card: ${wrongInARow}`);
  if (correct) return { wrongInARow: 0, locksNow: false, attemptsLeft: WRONG_PASSWORDS_TO_LOCK };
  const wrong = wrongInARow + 1;
  return {
    wrongInARow: wrong,
    locksNow: wrong === WRONG_PASSWORDS_TO_LOCK,
    attemptsLeft: WRONG_PASSWORDS_TO_LOCK - wrong,
  };
}
