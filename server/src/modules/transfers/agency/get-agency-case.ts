import { OPEN_STATUSES } from '../../../../../domain/transfer/application-status.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { getSetting } from '../../../platform/settings/index.ts';
import {
  findPersonById,
  getInsuranceRecord,
  revealCitizenId,
  type InsuranceRelationshipRecord,
  type PersonRecord,
} from '../../persons/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { findStaffDisplayNames } from '../../staff/index.ts';
import type { ActionRow, ApplicationRow } from '../transfers.repository.ts';
import { selectAgencyCase, type AgencyActor, type AgencySide } from './agency-case-access.ts';
import {
  selectCaseActions,
  selectCaseDocuments,
  type DocumentRow,
} from './agency-case.repository.ts';
import { availableAgencyActions, type AgencyAction } from './available-actions.ts';
import { runBackgroundChecks, type BackgroundCheck } from './background-checks.ts';
import { deadlineStanding, type DeadlineState } from './deadline-standing.ts';
import { regionNamer, type NamedRegion } from './region-names.ts';

/** Who took a step, as a staff page shows it. */
export interface StepActor {
  kind: 'citizen' | 'staff' | 'system';
  /** The staff member's display name; null for the applicant and the system. */
  displayName: string | null;
  /** The agency on whose behalf staff acted. */
  agency: NamedRegion | null;
}

/** A case as agency staff see it, before masking. */
export interface AgencyCaseView {
  application: ApplicationRow;
  sides: AgencySide[];
  person: PersonRecord;
  citizenId: string;
  contactPhone: string;
  agentPhone: string | null;
  fromRegion: NamedRegion;
  toRegion: NamedRegion;
  nextStep: {
    deadlineOn: string;
    workingDaysLeft: number | null;
    state: DeadlineState | null;
    /** Its year's holiday arrangement is not loaded yet: counted by the statutory holidays. */
    provisional: boolean;
  } | null;
  checks: BackgroundCheck[];
  /** The person's relationships in the case's scheme, oldest first. */
  relationships: InsuranceRelationshipRecord[];
  /** Newest first. */
  timeline: { action: ActionRow; actor: StepActor }[];
  documents: Omit<DocumentRow, 'contentEncrypted'>[];
  availableActions: AgencyAction[];
  regionName: (code: string) => NamedRegion;
}

/**
 * A case of the staff member's agency (either side; any other case is APPLICATION_NOT_FOUND): the
 * applicant and the form, the background checks run on the person's record as it is today, the
 * whole timeline with who acted, the documents issued, and the actions open to this agency now.
 */
export async function getAgencyCase({
  db,
  cipher,
  registry,
  actor,
  applicationId,
  today,
}: {
  db: Executor;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  actor: AgencyActor;
  applicationId: string;
  today: string;
}): Promise<AgencyCaseView> {
  const { application, sides } = await selectAgencyCase(db, actor, applicationId);
  const [person, record, actions, documents, directory, deadlines] = await Promise.all([
    findPersonById({ db, personId: application.personId }),
    getInsuranceRecord({ db, personId: application.personId }),
    selectCaseActions(db, application.id),
    selectCaseDocuments(db, application.id),
    registry.directory(),
    getSetting(db, 'deadlines'),
  ]);
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  const regionName = regionNamer(directory);
  const relationships = [
    ...(record.schemes.find((s) => s.scheme === application.scheme)?.relationships ?? []),
  ];
  const staffNames = await findStaffDisplayNames(
    db,
    actions.filter((a) => a.actorType === 'staff').map((a) => a.actorId),
  );
  const actorOf = (action: ActionRow): StepActor => {
    const staff = action.actorType === 'staff' ? staffNames.get(action.actorId) : undefined;
    const agency = action.agencyRegionCode ?? staff?.agencyRegionCode ?? null;
    return {
      kind: action.actorType,
      displayName: staff?.displayName ?? null,
      agency: agency === null ? null : regionName(agency),
    };
  };
  const open = OPEN_STATUSES.includes(application.status) && application.nextDeadlineOn !== null;
  return {
    application,
    sides,
    person,
    citizenId: revealCitizenId(cipher, person),
    contactPhone: cipher.decrypt(application.contactPhoneEncrypted),
    agentPhone: application.agentPhoneEncrypted
      ? cipher.decrypt(application.agentPhoneEncrypted)
      : null,
    fromRegion: regionName(application.fromRegionCode),
    toRegion: regionName(application.toRegionCode),
    nextStep: open
      ? {
          deadlineOn: application.nextDeadlineOn!,
          ...deadlineStanding(today, application.nextDeadlineOn, deadlines.dueSoonWorkingDays),
        }
      : null,
    checks: runBackgroundChecks({
      scheme: application.scheme,
      person,
      relationships,
      fromRegionCode: application.fromRegionCode,
      toRegionCode: application.toRegionCode,
      today,
      regionName,
    }),
    relationships,
    timeline: [...actions].reverse().map((action) => ({ action, actor: actorOf(action) })),
    documents,
    availableActions: availableAgencyActions(sides, application.status),
    regionName,
  };
}
