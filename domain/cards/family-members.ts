// Family members of an e-card holder (亲情服务, DOMAIN.md §6: "a holder may add up to 8 family
// members"). A minor is added by the holder; an adult only after their own authentication, as
// an invitation they accept from their own account.
import { addDays, assertIsoDate, type IsoDate } from '../calendar/iso-date.ts';

export const MAX_FAMILY_MEMBERS = 8;

/** Civil Code Art. 17: a natural person of eighteen full years is an adult. */
export const AGE_OF_MAJORITY = 18;

export const familyRelations = ['spouse', 'parent', 'child', 'other'] as const;
export type FamilyRelation = (typeof familyRelations)[number];

/** How long an adult has to accept an invitation before it lapses and frees its place. */
export const FAMILY_INVITATION_DAYS = 7;

/**
 * The first day a person born on `birthDate` is an adult. Full years count from the day after the
 * birthday (the Supreme People's Court's rule for 周岁: 从周岁生日的第二天起算), so it is the day
 * after the eighteenth birthday; one born on 29 February becomes an adult on 1 March of a common
 * year.
 */
export function adultFrom(birthDate: IsoDate): IsoDate {
  assertIsoDate(birthDate);
  const year = Number(birthDate.slice(0, 4)) + AGE_OF_MAJORITY;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const yyyy = String(year).padStart(4, '0');
  if (birthDate.slice(5) === '02-29' && !leap) return `${yyyy}-03-01`;
  return addDays(`${yyyy}${birthDate.slice(4)}`, 1);
}

/** Whether a person born on `birthDate` is still a minor on `today`. */
export function isMinorOn(birthDate: IsoDate, today: IsoDate): boolean {
  assertIsoDate(today);
  return today < adultFrom(birthDate);
}
