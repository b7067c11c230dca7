import type { Sex } from '../../../../domain/transfer/types.ts';

/**
 * An insured person as the module hands it out. The ID number and the phone stay ciphertexts:
 * only revealCitizenId and revealPhone open them, for the rare places that need the full value.
 * The name is in clear — never log a PersonRecord or put its name in an audit entry.
 */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly sex: Sex;
  /** ISO `YYYY-MM-DD`, from the ID number. */
  readonly birthDate: string;
  readonly hukouRegionCode: string;
  readonly status: 'alive' | 'deceased';
  readonly deceasedOn: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly citizenIdEncrypted: string;
  readonly phoneEncrypted: string | null;
}
