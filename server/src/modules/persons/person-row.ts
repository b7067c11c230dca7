import { validateCitizenId } from '../../../../domain/identifiers/index.ts';
import { isRegionCode } from '../../../../domain/transfer/place.ts';
import type { Sex } from '../../../../domain/transfer/types.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import { AppError, type FieldProblem } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { citizenIdIndex, normalizeMobilePhone, phoneIndex } from './personal-keys.ts';
import type { PersonRow } from './persons.repository.ts';

/** What registering a person needs; sex and birth date, when given, must match the ID number. */
export interface NewPerson {
  name: string;
  /** As typed: spaces, lower-case x and 15-digit legacy numbers are accepted. */
  citizenId: string;
  hukouRegionCode: string;
  /** A mainland mobile number as typed, used to sign in. */
  phone?: string | undefined;
  sex?: Sex | undefined;
  birthDate?: string | undefined;
}

const MAX_NAME_LENGTH = 100;

const problem = (path: string, message: string, messageEn: string): FieldProblem => ({
  path,
  location: 'body',
  message,
  messageEn,
});

/**
 * Checks a new person and builds the row to store: the ID number and phone encrypted and
 * blind-indexed, sex and birth date taken from the ID number. Every problem is reported at once
 * as VALIDATION_FAILED; the messages never repeat the values.
 */
export function preparePersonRow({
  cipher,
  today,
  person,
}: {
  cipher: FieldCipher;
  today: string;
  person: NewPerson;
}): PersonRow {
  const found: FieldProblem[] = [];
  const name = person.name.trim().replace(/\s+/gu, ' ');
  if (name === '' || Array.from(name).length > MAX_NAME_LENGTH)
    found.push(
      problem('name', '请填写姓名（不超过100个字）', 'Enter the name (up to 100 characters).'),
    );

  const validation = validateCitizenId(person.citizenId, { today });
  for (const error of validation.errors)
    found.push(problem('citizenId', error.message, error.messageEn));
  const details = validation.details;
  if (details && person.sex !== undefined && person.sex !== details.sex)
    found.push(problem('sex', '性别与身份证号码不一致', 'The sex does not match the ID number.'));
  if (details && person.birthDate !== undefined && person.birthDate !== details.birthDate)
    found.push(
      problem(
        'birthDate',
        '出生日期与身份证号码不一致',
        'The date of birth does not match the ID number.',
      ),
    );

  if (!isRegionCode(person.hukouRegionCode))
    found.push(
      problem(
        'hukouRegionCode',
        '户籍地区代码应是6位数字，前两位是省份代码',
        'The hukou region code has 6 digits, and the first two name a province.',
      ),
    );
  const phone = person.phone === undefined ? undefined : normalizeMobilePhone(person.phone);
  if (person.phone !== undefined && phone === undefined)
    found.push(problem('phone', '请填写11位手机号码', 'Enter an 11-digit mainland mobile number.'));

  if (found.length > 0 || !validation.valid)
    throw new AppError('VALIDATION_FAILED', { fields: found });
  return {
    id: newId(),
    name,
    citizenIdEncrypted: cipher.encrypt(validation.normalized),
    citizenIdIndex: citizenIdIndex(cipher, validation.normalized),
    phoneEncrypted: phone === undefined ? null : cipher.encrypt(phone),
    phoneIndex: phone === undefined ? null : phoneIndex(cipher, phone),
    sex: validation.details.sex,
    birthDate: validation.details.birthDate,
    hukouRegionCode: person.hukouRegionCode,
    status: 'alive',
    deceasedOn: null,
  };
}
