import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { ContactLetter, PersonOnDocument } from '../documents/index.ts';
import type { AgencyActor } from './agency-case-access.ts';
import { agencyOnDocument, sealLinesOf } from './documents-parties.ts';

type RegionDirectory = Parameters<typeof agencyOnDocument>[0];

/**
 * The contact letter (联系函) the transfer-in agency issues when it accepts an application
 * (DOMAIN.md §3 step 2): addressed to the transfer-out agency, naming the person in full (an
 * official document between agencies, SECURITY.md), signed by the accepting staff member.
 */
export function buildContactLetter({
  directory,
  letterNumber,
  issuedOn,
  application,
  applicationReference,
  person,
  actor,
}: {
  directory: RegionDirectory;
  letterNumber: string;
  issuedOn: string;
  application: { scheme: InsuranceScheme; fromRegionCode: string; toRegionCode: string };
  applicationReference: string;
  person: PersonOnDocument;
  actor: AgencyActor;
}): ContactLetter {
  const transferInAgency = agencyOnDocument(directory, application.toRegionCode);
  return {
    letterNumber,
    issuedOn,
    scheme: application.scheme,
    transferOutAgency: { name: agencyOnDocument(directory, application.fromRegionCode).name },
    transferInAgency,
    person,
    applicationReference,
    sealLines: sealLinesOf(transferInAgency, actor),
  };
}
