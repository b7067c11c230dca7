// How long a card is valid and when it may be renewed (DOMAIN.md §6): cards are valid 10 years;
// renewal (到期换卡) may be requested within 60 days before expiry, and any time after it.
import { addDays, assertIsoDate, type IsoDate } from '../calendar/iso-date.ts';

export const CARD_VALIDITY_YEARS = 10;
export const RENEWAL_WINDOW_DAYS = 60;

/**
 * The last day a card issued on `issuedOn` is valid: the same day ten years later. A period in
 * years ends on the corresponding day, or on the month's last day when there is none (Civil Code
 * Arts. 201–202): a card issued on 29 February expires on 28 February.
 */
export function cardExpiresOn(issuedOn: IsoDate): IsoDate {
  assertIsoDate(issuedOn);
  const year = Number(issuedOn.slice(0, 4)) + CARD_VALIDITY_YEARS;
  const monthDay = issuedOn.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${day}`;
}

/** Whether the card is past its last valid day on `today`. */
export function isCardExpired(expiresOn: IsoDate, today: IsoDate): boolean {
  assertIsoDate(expiresOn);
  assertIsoDate(today);
  return today > expiresOn;
}

/** When a renewal may be asked for: from `allowedFrom` on (60 days before expiry). */
export interface RenewalWindow {
  readonly allowedFrom: IsoDate;
  readonly openNow: boolean;
}

/** The renewal window of a card that expires on `expiresOn`, seen on `today`. */
export function renewalWindow(expiresOn: IsoDate, today: IsoDate): RenewalWindow {
  assertIsoDate(today);
  const allowedFrom = addDays(expiresOn, -RENEWAL_WINDOW_DAYS);
  return { allowedFrom, openNow: today >= allowedFrom };
}
