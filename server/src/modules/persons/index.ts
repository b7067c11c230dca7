export { createPerson } from './commands/create-person.ts';
export {
  recordInsuranceRelationship,
  type NewInsuranceRelationship,
} from './commands/record-insurance-relationship.ts';
export {
  recordContributionPeriods,
  type NewContributionPeriod,
} from './commands/record-contribution-periods.ts';
export { endInsuranceRelationship } from './commands/end-insurance-relationship.ts';
export { mergeContributionPeriods } from './commands/merge-contribution-periods.ts';
export { recordDeath } from './commands/record-death.ts';
export { findPersonByCitizenId } from './queries/find-person-by-citizen-id.ts';
export { findPersonById } from './queries/find-person-by-id.ts';
export { findPersonNames } from './queries/find-person-names.ts';
export { findPersonByPhone } from './queries/find-person-by-phone.ts';
export {
  findPersonWithInsuranceRecord,
  getInsuranceRecord,
} from './queries/get-insurance-record.ts';
export { revealCitizenId, revealPhone } from './reveal-personal-data.ts';
export type { NewPerson } from './person-row.ts';
export type { PersonRecord } from './person-record.ts';
export type {
  InsuranceRecord,
  InsuranceRelationshipRecord,
  RecordedContributionPeriod,
  RelationshipStatus,
  SchemeRecord,
} from './insurance-record.ts';
export { BLIND_INDEX_PURPOSE, normalizeCitizenId, normalizeMobilePhone } from './personal-keys.ts';
export { seedDemoPersons } from './seed/seed-demo-persons.ts';
export { DEMO_PERSONS, DEMO_TRANSFER_DATE } from './seed/demo-persons.ts';
export type { DemoMove, DemoPerson, DemoRelationship } from './seed/demo-person-builders.ts';
