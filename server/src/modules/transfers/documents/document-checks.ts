// Checks a document's data before it is printed: an official document with a blank field, a wrong
// ID number or a total that is not the sum of its parts must not be issued at all.
import { isIsoDate } from '../../../../../domain/calendar/iso-date.ts';
import { validateCitizenId } from '../../../../../domain/identifiers/index.ts';
import { insuranceSchemes, type InsuranceScheme } from '../../../../../domain/schemes.ts';
import { isYearMonth, monthsInclusive } from '../../../../../domain/transfer/months.ts';
import { DocumentDataError } from './document-data-error.ts';
import type {
  AgencyContact,
  ContributionPeriodLine,
  Fen,
  PersonOnDocument,
  SealLines,
} from './document-types.ts';

/** A non-blank string. */
export function checkText(path: string, value: string | null | undefined): void {
  if (typeof value !== 'string' || value.trim() === '')
    throw new DocumentDataError(path, 'must not be blank');
}

/** A real `YYYY-MM-DD` day. */
export function checkDate(path: string, value: string): void {
  if (!isIsoDate(value)) throw new DocumentDataError(path, 'must be a real YYYY-MM-DD date');
}

/** One of the schemes the platform knows. */
export function checkScheme(path: string, value: InsuranceScheme): void {
  if (!insuranceSchemes.includes(value))
    throw new DocumentDataError(path, `must be one of ${insuranceSchemes.join(', ')}`);
}

/** A whole, non-negative amount of fen, returned as a bigint so amounts add up exactly. */
export function checkFen(path: string, value: Fen): bigint {
  const whole = typeof value === 'bigint' || Number.isSafeInteger(value);
  if (!whole || BigInt(value) < 0n)
    throw new DocumentDataError(path, 'must be a whole, non-negative number of fen');
  return BigInt(value);
}

/** The total must be exactly the sum of its parts. */
export function checkTotal(path: string, total: Fen, parts: readonly bigint[]): void {
  const sum = parts.reduce((a, b) => a + b, 0n);
  if (checkFen(path, total) !== sum)
    throw new DocumentDataError(path, `must equal the sum of its parts (${sum} fen)`);
}

/**
 * Name and a valid citizen ID (GB 11643) that agrees with the recorded sex. Returns the ID in
 * its normalised form. The error never contains the number itself.
 */
export function checkPerson(
  path: string,
  person: Pick<PersonOnDocument, 'name' | 'citizenId'> & { sex?: PersonOnDocument['sex'] },
  issuedOn: string,
): string {
  checkText(`${path}.name`, person.name);
  const id = validateCitizenId(person.citizenId ?? '', { today: issuedOn });
  if (!id.valid)
    throw new DocumentDataError(`${path}.citizenId`, 'is not a valid citizen ID number');
  if (person.sex !== undefined && person.sex !== id.details.sex)
    throw new DocumentDataError(`${path}.sex`, 'does not match the citizen ID number');
  return id.normalized;
}

/** Name, address, six-digit post code and phone of an agency. */
export function checkAgencyContact(path: string, agency: AgencyContact): void {
  for (const field of ['name', 'address', 'phone'] as const)
    checkText(`${path}.${field}`, agency[field]);
  if (agency.postCode !== null && !/^\d{6}$/.test(agency.postCode ?? ''))
    throw new DocumentDataError(`${path}.postCode`, 'must be six digits');
}

/** At least one line where the seal goes, none blank. */
export function checkSealLines(path: string, lines: SealLines): void {
  if (!Array.isArray(lines) || lines.length === 0)
    throw new DocumentDataError(path, 'needs at least one line');
  lines.forEach((line, i) => checkText(`${path}[${i}]`, line));
}

/** At least one period; each with real months in order, and no more paid months than it spans. */
export function checkPeriods(path: string, periods: readonly ContributionPeriodLine[]): void {
  if (!Array.isArray(periods) || periods.length === 0)
    throw new DocumentDataError(path, 'needs at least one contribution period');
  periods.forEach((period, i) => {
    const at = `${path}[${i}]`;
    if (!isYearMonth(period.from)) throw new DocumentDataError(`${at}.from`, 'must be YYYY-MM');
    if (!isYearMonth(period.to)) throw new DocumentDataError(`${at}.to`, 'must be YYYY-MM');
    const span = monthsInclusive(period.from, period.to);
    if (span < 1) throw new DocumentDataError(`${at}.to`, 'must not be before from');
    if (!Number.isInteger(period.months) || period.months < 1 || period.months > span)
      throw new DocumentDataError(`${at}.months`, `must be a whole number from 1 to ${span}`);
    checkFen(`${at}.monthlyBaseFen`, period.monthlyBaseFen);
  });
}
