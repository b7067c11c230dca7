export { PROVINCES, provinceOf, type Province } from './province-codes.ts';
export type { IdentifierError } from './identifier-error.ts';
export {
  computeCitizenIdCheckCharacter,
  formatCitizenIdGrouped,
  upgradeLegacyCitizenId,
  validateCitizenId,
  type CitizenIdDetails,
  type CitizenIdError,
  type CitizenIdErrorCode,
  type CitizenIdKind,
  type CitizenIdValidation,
} from './citizen-id.ts';
export {
  computeCreditCodeCheckCharacter,
  validateCreditCode,
  type CreditCodeError,
  type CreditCodeErrorCode,
  type CreditCodeValidation,
} from './credit-code.ts';
export { maskBankAccount, maskCardNumber, maskCitizenId, maskName, maskPhone } from './masks.ts';
export {
  findPersonalData,
  maskPersonalDataInText,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data-in-text.ts';
