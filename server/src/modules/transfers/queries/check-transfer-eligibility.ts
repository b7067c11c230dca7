import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import {
  decideTransferEligibility,
  type EligibilityAnswer,
} from '../../../../../domain/transfer/eligibility.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { findPersonWithInsuranceRecord } from '../../persons/index.ts';
import { findTransferDestination, type TransferDestinationRegistry } from '../../regions/index.ts';
import { agencyRef, type AgencyRef } from '../agency-ref.ts';
import { hasOpenApplication } from '../transfers.repository.ts';

/** The eligibility answer with what the form can fill in from the record. */
export interface TransferEligibility {
  answer: EligibilityAnswer;
  /** The transfer-in agency's (city-level) region. */
  toRegionCode: string;
  prefill: {
    scheme: InsuranceScheme;
    fromRegion: string | null;
    fromAgency: AgencyRef | null;
    formerPersonalNumber: string | null;
    toRegion: string;
    toAgency: AgencyRef | null;
  };
}

/**
 * Whether the person may apply online to move the scheme's relationship to the destination
 * (DOMAIN.md §3), from their insurance record, the registry of online openings and their open
 * applications; with the old place and the former personal number to prefill the form.
 */
export async function checkTransferEligibility({
  db,
  registry,
  personId,
  scheme,
  destinationRegion,
  fromRegion,
  today,
}: {
  db: Executor;
  registry: TransferDestinationRegistry;
  personId: string;
  scheme: InsuranceScheme;
  destinationRegion: string;
  fromRegion?: string;
  today: string;
}): Promise<TransferEligibility> {
  const [found, destination, open, directory] = await Promise.all([
    findPersonWithInsuranceRecord({ db, personId }),
    findTransferDestination({ registry, regionCode: destinationRegion, scheme, today }),
    hasOpenApplication(db, personId, scheme),
    registry.directory(),
  ]);
  if (!found) throw new AppError('PERSON_NOT_BOUND');
  const { person, record } = found;
  const toRegionCode = destination.agency?.regionCode ?? destination.region.code;
  const relationships = record.schemes.find((s) => s.scheme === scheme)?.relationships ?? [];
  const answer = decideTransferEligibility({
    scheme,
    person: { ...record.person, deceased: person.status === 'deceased' },
    relationships,
    destination: { regionCode: toRegionCode, online: destination.online },
    ...(fromRegion !== undefined ? { fromRegion } : {}),
    hasOpenApplication: open,
    today,
  });
  const old = relationships.find((r) => r === answer.oldRelationship);
  return {
    answer,
    toRegionCode,
    prefill: {
      scheme,
      fromRegion: old?.regionCode ?? null,
      fromAgency: agencyRef(directory, old?.regionCode),
      formerPersonalNumber: old?.personalNumber ?? null,
      toRegion: toRegionCode,
      toAgency: agencyRef(directory, toRegionCode),
    },
  };
}
