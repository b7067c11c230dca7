import { computeCitizenIdCheckCharacter } from './citizen-id.ts';
import { maskCitizenId, maskPhone } from './masks.ts';
import { compactIdentifier } from './normalize-input.ts';

/** What kind of personal data a match is. */
export type PersonalDataKind = 'citizen-id' | 'mobile-phone';

/** One piece of personal data found in a text. */
export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  /** As it appears in the text, from `start` (inclusive) to `end` (exclusive). */
  readonly value: string;
  /** The 18-character ID number or the 11-digit mobile number. */
  readonly normalized: string;
  readonly start: number;
  readonly end: number;
}

// A value glued to an ASCII letter or digit is part of a longer token (a hex hash, a UUID, a
// session token, a longer number) and is not reported, nor are the decimals of a number
// (`"responseTime":0.8617390000004` in a log line): the leak scan must not raise false alarms. Ungrouped and grouped (6-8-4, as formatCitizenIdGrouped writes them) ID numbers.
const CITIZEN_ID_IN_TEXT =
  /(?<![0-9A-Za-z]|\d\.)(?:\d{17}[\dXx]|\d{6} \d{8} \d{3}[\dXx])(?![0-9A-Za-z])/g;
// Mainland mobiles 1[3-9]xxxxxxxxx, with an optional +86/0086/86 prefix, written 11 digits in a
// row or grouped 3-4-4 with spaces or hyphens. A "+" before a bare 1 is a foreign number (+1).
const MOBILE_IN_TEXT =
  /(?<![0-9A-Za-z+]|\d\.)(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:\d{8}|([ -])\d{4}\1\d{4})(?![0-9A-Za-z])/g;

/** Every check-character-valid 18-character citizen ID number and mainland mobile number in a text, in order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const ids: PersonalDataMatch[] = [];
  for (const match of text.matchAll(CITIZEN_ID_IN_TEXT)) {
    const normalized = compactIdentifier(match[0]);
    if (computeCitizenIdCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) continue;
    ids.push(toMatch('citizen-id', match, normalized));
  }
  const phones: PersonalDataMatch[] = [];
  for (const match of text.matchAll(MOBILE_IN_TEXT)) {
    const found = toMatch('mobile-phone', match, match[0].replace(/\D/g, '').slice(-11));
    if (!ids.some((id) => found.start < id.end && id.start < found.end)) phones.push(found);
  }
  return [...ids, ...phones].sort((a, b) => a.start - b.start);
}

/** The text with every value findPersonalData reports replaced by its display mask. */
export function maskPersonalDataInText(text: string): string {
  let masked = '';
  let copiedUpTo = 0;
  for (const found of findPersonalData(text)) {
    const mask =
      found.kind === 'citizen-id' ? maskCitizenId(found.normalized) : maskPhone(found.normalized);
    masked += text.slice(copiedUpTo, found.start) + mask;
    copiedUpTo = found.end;
  }
  return masked + text.slice(copiedUpTo);
}

function toMatch(kind: PersonalDataKind, match: RegExpExecArray, normalized: string) {
  const start = match.index;
  return { kind, value: match[0], normalized, start, end: start + match[0].length };
}
