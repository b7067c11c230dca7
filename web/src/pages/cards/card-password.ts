import { CARD_PASSWORD_PATTERN } from '../../../../domain/cards/index.ts';

/** A problem with the service password typed on the enable page, by field. */
export interface PasswordProblem {
  field: 'password' | 'repeat';
  code: 'passwordMissing' | 'passwordFormat' | 'repeatMissing' | 'mismatch';
}

/**
 * What is wrong with a new service password and its repetition, in the order of the form. The
 * format is the server's own rule (six digits); spaces people type between digits are ignored.
 */
export function passwordProblems(password: string, repeat: string): PasswordProblem[] {
  const typed = compactPassword(password);
  const again = compactPassword(repeat);
  if (typed === '') return [{ field: 'password', code: 'passwordMissing' }];
  if (!CARD_PASSWORD_PATTERN.test(typed)) return [{ field: 'password', code: 'passwordFormat' }];
  if (again === '') return [{ field: 'repeat', code: 'repeatMissing' }];
  if (again !== typed) return [{ field: 'repeat', code: 'mismatch' }];
  return [];
}

/** The password as sent: without the spaces a person may type between digits. */
export const compactPassword = (value: string) => value.replace(/\s/g, '');
