/** Where the agency back office's pages live. */
export const agencyPaths = {
  queues: '/agency',
  supervision: '/agency/supervision',
  staffSignIn: '/staff/sign-in',
} as const;

export const agencyQueues = ['to-accept', 'to-process', 'to-confirm'] as const;
export type AgencyQueueName = (typeof agencyQueues)[number];

/** The page of one case. */
export const caseUrl = (id: string) => `/agency/cases/${encodeURIComponent(id)}`;

/** A queue tab, keeping no filters: each queue starts unfiltered, sorted by deadline. */
export const queueUrl = (queue: AgencyQueueName) =>
  queue === 'to-accept' ? agencyPaths.queues : `${agencyPaths.queues}?queue=${queue}`;
