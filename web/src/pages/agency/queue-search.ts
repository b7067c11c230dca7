import { insuranceSchemes, type InsuranceScheme } from '../../../../domain/schemes.ts';
import { agencyQueues, type AgencyQueueName } from './agency-paths.ts';

export const deadlineStates = ['overdue', 'due-soon', 'on-time'] as const;
export type DeadlineFilter = (typeof deadlineStates)[number];
export const queueSorts = [
  'deadline-asc',
  'deadline-desc',
  'submitted-asc',
  'submitted-desc',
] as const;
export type QueueSort = (typeof queueSorts)[number];

/** What a queue page shows, as its address says (so that a view can be bookmarked and shared). */
export interface QueueSearch {
  queue: AgencyQueueName;
  scheme: InsuranceScheme | null;
  deadline: DeadlineFilter | null;
  reference: string;
  sort: QueueSort;
  /** Where the page starts (the previous page's `nextCursor`) and its number, from 1. */
  cursor: string | null;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The queue view of a query string; anything unknown falls back to the default. */
export function parseQueueSearch(params: URLSearchParams): QueueSearch {
  const page = Number(params.get('page'));
  const cursor = params.get('cursor');
  return {
    queue: oneOf(agencyQueues, params.get('queue')) ?? 'to-accept',
    scheme: oneOf(insuranceSchemes, params.get('scheme')),
    deadline: oneOf(deadlineStates, params.get('deadline')),
    reference: (params.get('reference') ?? '').trim().slice(0, 36),
    sort: oneOf(queueSorts, params.get('sort')) ?? 'deadline-asc',
    cursor: cursor || null,
    page: cursor && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string of a queue view, leaving out what is the default. */
export function queueSearchString(search: QueueSearch): string {
  const params = new URLSearchParams();
  if (search.queue !== 'to-accept') params.set('queue', search.queue);
  if (search.scheme) params.set('scheme', search.scheme);
  if (search.deadline) params.set('deadline', search.deadline);
  if (search.reference) params.set('reference', search.reference);
  if (search.sort !== 'deadline-asc') params.set('sort', search.sort);
  if (search.cursor) {
    params.set('cursor', search.cursor);
    params.set('page', String(search.page));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The same view from its first page: filters and sorting start paging again. */
export const firstPage = (search: QueueSearch): QueueSearch => ({
  ...search,
  cursor: null,
  page: 1,
});

/** The API's query for a queue view. */
export function queueQuery(search: QueueSearch, limit: number) {
  const [sort, order] = search.sort.split('-') as ['deadline' | 'submitted', 'asc' | 'desc'];
  return {
    sort,
    order,
    limit,
    ...(search.scheme && { scheme: search.scheme }),
    ...(search.deadline && { deadline: search.deadline }),
    ...(search.reference && { reference: search.reference }),
    ...(search.cursor && { cursor: search.cursor }),
  };
}
