import { describe, expect, it } from 'vitest';
import { auditQuery, auditSearchString, parseAuditSearch } from './audit-search.ts';

describe('the audit log page address', () => {
  it('round-trips the filters and the page', () => {
    const search = parseAuditSearch(
      new URLSearchParams('action=staff.&actorType=admin&subjectId=440100&before=42'),
    );
    expect(search).toEqual({
      action: 'staff.',
      actorType: 'admin',
      subjectType: '',
      subjectId: '440100',
      before: 42,
    });
    expect(auditSearchString(search)).toBe(
      '?action=staff.&actorType=admin&subjectId=440100&before=42',
    );
    expect(auditQuery(search, 25)).toEqual({
      limit: 25,
      action: 'staff.',
      actorType: 'admin',
      subjectId: '440100',
      before: 42,
    });
  });

  it('ignores what it cannot use', () => {
    const search = parseAuditSearch(new URLSearchParams('actorType=root&before=-3&action=%20'));
    expect(search).toEqual({
      action: '',
      actorType: '',
      subjectType: '',
      subjectId: '',
      before: null,
    });
    expect(auditSearchString(search)).toBe('');
    expect(auditQuery(search, 50)).toEqual({ limit: 50 });
  });
});
