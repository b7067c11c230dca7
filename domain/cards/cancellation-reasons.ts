// Why a social security card is cancelled (注销), DOMAIN.md §6: a closed list, so that every
// channel shows the same label and the agency can count cancellations by cause.
//
// Who may cancel for which reason (project decision, following the brief of issue 5):
// - the holder online, at once, after a fresh real-person authentication: a duplicate card in
//   another region (they keep the other one) and a replacement (they hold the newer card);
// - the holder asks and an agency carries it out (an agency task): settling abroad, acquiring a
//   foreign nationality, the relationship moved out of the province — each needs a document or a
//   check the platform cannot make online;
// - never the holder: death, reported by public security or recorded by staff, cancels every card
//   of the person without any action by the family.

export const cancellationReasonCodes = [
  'death',
  'settled-abroad',
  'foreign-nationality',
  'duplicate-card-in-another-region',
  'replacement',
  'moved-out-of-province',
] as const;

export type CancellationReasonCode = (typeof cancellationReasonCodes)[number];

/** How a cancellation for the reason is carried out when the holder asks for it. */
export type CancellationHandling = 'online' | 'agency' | 'not-by-holder';

/** A cancellation reason as the holder and the staff read it. */
export interface CancellationReason {
  readonly code: CancellationReasonCode;
  readonly zh: string;
  readonly en: string;
  readonly handling: CancellationHandling;
}

const reasons: Record<CancellationReasonCode, Omit<CancellationReason, 'code'>> = {
  death: { zh: '持卡人死亡', en: 'The holder died', handling: 'not-by-holder' },
  'settled-abroad': {
    zh: '出国（境）定居',
    en: 'Settled abroad',
    handling: 'agency',
  },
  'foreign-nationality': {
    zh: '加入外国国籍',
    en: 'Acquired a foreign nationality',
    handling: 'agency',
  },
  'duplicate-card-in-another-region': {
    zh: '在其他地区重复持卡',
    en: 'A duplicate card held in another region',
    handling: 'online',
  },
  replacement: {
    zh: '已补换新卡，注销旧卡',
    en: 'Replaced by a new card',
    handling: 'online',
  },
  'moved-out-of-province': {
    zh: '参保关系转出本省',
    en: 'The insurance relationship moved out of the province',
    handling: 'agency',
  },
};

/** Whether `code` is one of the cancellation reasons. */
export function isCancellationReasonCode(code: string): code is CancellationReasonCode {
  return (cancellationReasonCodes as readonly string[]).includes(code);
}

/** The labels and handling of a cancellation reason. */
export function explainCancellationReason(code: CancellationReasonCode): CancellationReason {
  return { code, ...reasons[code] };
}

/** The reasons a holder may choose, in the order a form lists them. */
export const holderCancellationReasonCodes = cancellationReasonCodes.filter(
  (code) => reasons[code].handling !== 'not-by-holder',
) as Exclude<CancellationReasonCode, 'death'>[];
