import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { dropDatabase, prepareTemplate } from './template-database.ts';

/** Runs the integration tests on the server named by TEST_DATABASE_URL (CI: PostgreSQL 15). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  // A shared server may run several suites at once: the template's name is unique to this run.
  const template = `shebao_template_${randomBytes(4).toString('hex')}`;
  await prepareTemplate(serverUrl, template);
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', template);
  return () => dropDatabase(serverUrl, template);
}
