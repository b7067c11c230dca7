// Who a document names: the agencies (from the regions directory) and the person (from the
// persons module, with the full ID number that official documents need, SECURITY.md).
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { revealCitizenId, type PersonRecord } from '../../persons/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import type { AgencyContact, PersonOnDocument, SealLines } from '../documents/index.ts';
import type { AgencyActor } from './agency-case-access.ts';

type RegionDirectory = Awaited<ReturnType<TransferDestinationRegistry['directory']>>;

/**
 * The agency of a (destination-level) region with its contact details as the directory has them;
 * an agency without a post code (邮政编码) has null, which the documents print as 未登记.
 */
export function agencyOnDocument(directory: RegionDirectory, regionCode: string): AgencyContact {
  const agency = directory.agencyOf(regionCode);
  if (!agency) throw new AppError('DOCUMENT_DATA_INVALID', { details: { field: 'agency' } });
  const { name, address, postCode, phone } = agency;
  return { name, address, postCode, phone };
}

/** The person as the agencies' documents identify them, with the full ID number. */
export function personOnDocument(
  cipher: FieldCipher,
  person: PersonRecord,
  formerPersonalNumber: string | null,
): PersonOnDocument {
  return {
    name: person.name,
    sex: person.sex,
    citizenId: revealCitizenId(cipher, person),
    formerPersonalNumber,
  };
}

/**
 * The lines where the paper form has the agency's stamp and the clerk's signature, until an
 * electronic seal exists (documents/document-types.ts).
 */
export function sealLinesOf(agency: { name: string }, actor: AgencyActor): SealLines {
  return [`${agency.name}（业务专用章）`, `经办人：${actor.displayName}`];
}
