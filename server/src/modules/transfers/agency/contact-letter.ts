import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { Sex } from '../../../../../domain/transfer/types.ts';
import type { AgencyContact, ContactLetter } from '../documents/document-types.ts';
import type { AgencyActor } from './agency-case-access.ts';

/** An agency as the regions registry records it. */
export interface RegisteredAgency {
  name: string;
  address: string;
  phone: string;
  isDemo: boolean;
}

// The agencies registry has no post codes yet, and every agency in it is demo data (DECISIONS.md
// 6): demo documents print this placeholder, which no real post code uses.
const DEMO_AGENCY_POST_CODE = '000000';

/** The contact details of an agency that a document prints. */
export function agencyContact(agency: RegisteredAgency): AgencyContact {
  if (!agency.isDemo) throw new Error(`No post code is recorded for ${agency.name}`);
  return {
    name: agency.name,
    address: agency.address,
    postCode: DEMO_AGENCY_POST_CODE,
    phone: agency.phone,
  };
}

/**
 * The contact letter (联系函) the transfer-in agency issues when it accepts an application
 * (DOMAIN.md §3 step 2): addressed to the transfer-out agency, naming the person in full (an
 * official document between agencies, SECURITY.md), signed by the accepting staff member.
 */
export function buildContactLetter({
  letterNumber,
  issuedOn,
  scheme,
  person,
  formerPersonalNumber,
  applicationReference,
  transferInAgency,
  transferOutAgencyName,
  actor,
}: {
  letterNumber: string;
  issuedOn: string;
  scheme: InsuranceScheme;
  person: { name: string; sex: Sex; citizenId: string };
  formerPersonalNumber: string | null;
  applicationReference: string;
  transferInAgency: RegisteredAgency;
  transferOutAgencyName: string;
  actor: Pick<AgencyActor, 'displayName'>;
}): ContactLetter {
  return {
    letterNumber,
    issuedOn,
    scheme,
    transferOutAgency: { name: transferOutAgencyName },
    transferInAgency: agencyContact(transferInAgency),
    person: { ...person, formerPersonalNumber },
    applicationReference,
    sealLines: [`${transferInAgency.name}（业务专用章）`, `经办人：${actor.displayName}`],
  };
}
