import { describe, expect, it } from 'vitest';
import { actionLabelOf, statusLabelOf } from './transfers.presenter.ts';
import type { ActionRow, ApplicationRow } from './transfers.repository.ts';

// Chengdu → Guangzhou: Guangzhou is the transfer-in agency, Chengdu the transfer-out one.
const application = (status: ApplicationRow['status']) =>
  ({ status, fromRegionCode: '510100', toRegionCode: '440100' }) as ApplicationRow;
const step = (action: ActionRow['action'], by: string | null) =>
  ({
    action,
    actorType: by === null ? 'citizen' : 'staff',
    agencyRegionCode: by,
  }) as ActionRow;

describe('the labels of a rejection', () => {
  const submitted = step('submitted', null);
  const accepted = step('accepted', '440100');

  it('read 不予受理 when the transfer-in agency refused, on review or after accepting', () => {
    const onReview = [step('rejected', '440100'), submitted];
    expect(statusLabelOf(application('rejected'), onReview)).toEqual({
      zh: '不予受理',
      en: 'Rejected',
    });
    const afterAccepting = [step('rejected', '440100'), accepted, submitted];
    expect(statusLabelOf(application('rejected'), afterAccepting).zh).toBe('不予受理');
    expect(actionLabelOf(application('rejected'), afterAccepting[0]!).zh).toBe('不予受理');
  });

  it('read 不予办理 when the transfer-out agency refused the accepted case', () => {
    const refused = [step('rejected', '510100'), accepted, submitted];
    const label = { zh: '不予办理', en: 'Refused by the transfer-out agency' };
    expect(statusLabelOf(application('rejected'), refused)).toEqual(label);
    expect(actionLabelOf(application('rejected'), refused[0]!)).toEqual(label);
  });

  it('leave the other statuses and steps as they are', () => {
    expect(statusLabelOf(application('accepted'), [accepted, submitted]).zh).toBe(
      '已受理，已发联系函',
    );
    expect(actionLabelOf(application('accepted'), accepted).zh).toBe('转入地受理并发出联系函');
  });
});
