// The 50/40 rule (国办发〔2009〕66号 Art. 5(2)): a man aged 50 or more, or a woman aged 40 or more,
// who moves to work in a place that is not their hukou place keeps the relationship at the old
// place, and the new place opens a temporary contribution account (临时基本养老保险缴费账户).
// Not applied to approved official transfers (Art. 5(3)) nor to a return to the hukou place
// (Art. 5(1)). Places are compared by province (place.ts).
import type { IsoDate } from '../calendar/iso-date.ts';
import { ageOn } from './age.ts';
import { samePlace } from './place.ts';
import type { InsuredPerson, RegionCode, Sex } from './types.ts';

/** The age from which a move away from the hukou place opens a temporary account. */
export const TEMPORARY_ACCOUNT_AGE: Readonly<Record<Sex, number>> = { male: 50, female: 40 };

/** Why a move does or does not open a temporary account. */
export type TemporaryAccountReason =
  | 'OFFICIAL_TRANSFER'
  | 'RETURN_TO_HUKOU_PLACE'
  | 'SAME_PLACE'
  | 'BELOW_AGE'
  | 'AGE_AND_AWAY_FROM_HUKOU_PLACE';

/** The move the 50/40 rule looks at. */
export interface TemporaryAccountQuestion {
  readonly person: InsuredPerson;
  readonly destinationRegion: RegionCode;
  readonly transferDate: IsoDate;
  readonly officialTransfer?: boolean;
  /** When given and in the same place as the destination, nothing crosses a border: no account. */
  readonly fromRegion?: RegionCode;
}

/** The 50/40 rule's answer, with the reason and the age it used. */
export interface TemporaryAccountDecision {
  readonly opens: boolean;
  readonly reason: TemporaryAccountReason;
  /** Age in whole years on the transfer date. */
  readonly age: number;
  readonly ageThreshold: number;
}

/** Whether the move opens a temporary account, and why (50/40 rule). */
export function decideTemporaryAccount(
  question: TemporaryAccountQuestion,
): TemporaryAccountDecision {
  const { person, destinationRegion, transferDate, officialTransfer, fromRegion } = question;
  const age = ageOn(person.birthDate, transferDate);
  const ageThreshold = TEMPORARY_ACCOUNT_AGE[person.sex];
  const answer = (opens: boolean, reason: TemporaryAccountReason) => ({
    opens,
    reason,
    age,
    ageThreshold,
  });
  if (officialTransfer) return answer(false, 'OFFICIAL_TRANSFER');
  if (fromRegion !== undefined && samePlace(fromRegion, destinationRegion))
    return answer(false, 'SAME_PLACE');
  if (samePlace(destinationRegion, person.hukouRegion))
    return answer(false, 'RETURN_TO_HUKOU_PLACE');
  if (age < ageThreshold) return answer(false, 'BELOW_AGE');
  return answer(true, 'AGE_AND_AWAY_FROM_HUKOU_PLACE');
}

/** Whether the move opens a temporary account at the destination (50/40 rule). */
export function opensTemporaryAccount(question: TemporaryAccountQuestion): boolean {
  return decideTemporaryAccount(question).opens;
}
