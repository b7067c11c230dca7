import { describe, expect, it } from 'vitest';
import { parseQueueSearch, queueQuery, queueSearchString } from './queue-search.ts';

const parse = (query: string) => parseQueueSearch(new URLSearchParams(query));

describe('the address of a work queue view', () => {
  it('defaults to the queue to accept, unfiltered, soonest deadline first, first page', () => {
    expect(parse('')).toEqual({
      queue: 'to-accept',
      scheme: null,
      deadline: null,
      reference: '',
      sort: 'deadline-asc',
      cursor: null,
      page: 1,
    });
    expect(queueSearchString(parse(''))).toBe('');
  });

  it('reads back what it wrote', () => {
    const query =
      '?queue=to-process&scheme=medical&deadline=overdue&reference=0193AB&sort=submitted-desc&cursor=abc&page=3';
    expect(queueSearchString(parse(query))).toBe(query);
  });

  it('ignores values it does not know instead of failing', () => {
    expect(parse('queue=everything&scheme=car&deadline=late&sort=name&page=x')).toMatchObject({
      queue: 'to-accept',
      scheme: null,
      deadline: null,
      sort: 'deadline-asc',
      page: 1,
    });
  });

  it('counts pages only with a cursor to start from', () => {
    expect(parse('page=4').page).toBe(1);
    expect(parse('cursor=abc&page=4').page).toBe(4);
  });

  it('asks the API for the sort and order of the view, and only the filters that are set', () => {
    expect(queueQuery(parse('sort=submitted-desc&scheme=medical'), 20)).toEqual({
      sort: 'submitted',
      order: 'desc',
      limit: 20,
      scheme: 'medical',
    });
  });
});
