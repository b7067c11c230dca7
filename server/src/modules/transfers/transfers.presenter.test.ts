import { describe, expect, it } from 'vitest';
import { actionLabelOf, statusLabelOf } from './transfers.presenter.ts';
import type { ActionRow, ApplicationRow } from './transfers.repository.ts';

// Chengdu → Guangzhou: Guangzhou is the transfer-in agency, Chengdu the transfer-out one.
const application = (status: ApplicationRow['status']) =>
  ({ status, fromRegionCode: '510100', toRegionCode: '440100' }) as ApplicationRow;
const step = (seq: number, action: ActionRow['action'], by: string | null) =>
  ({
    seq,
    action,
    actorType: by === null ? 'citizen' : 'staff',
    agencyRegionCode: by,
  }) as ActionRow;

describe('the labels of a rejection', () => {
  const submitted = step(1, 'submitted', null);
  const accepted = step(2, 'accepted', '440100');
  const refused = { zh: '不予办理', en: 'Refused after acceptance' };

  it('read 不予受理 when the transfer-in agency refused on review', () => {
    const onReview = [step(2, 'rejected', '440100'), submitted];
    expect(statusLabelOf(application('rejected'), onReview)).toEqual({
      zh: '不予受理',
      en: 'Rejected',
    });
    expect(actionLabelOf(onReview, onReview[0]!).zh).toBe('不予受理');
  });

  it('read 不予办理 when the transfer-in agency refused the case it had accepted', () => {
    const afterAccepting = [step(3, 'rejected', '440100'), accepted, submitted];
    expect(statusLabelOf(application('rejected'), afterAccepting)).toEqual(refused);
    expect(actionLabelOf(afterAccepting, afterAccepting[0]!)).toEqual(refused);
  });

  it('read 不予办理 when the transfer-out agency refused the accepted case', () => {
    const byTransferOut = [step(3, 'rejected', '510100'), accepted, submitted];
    expect(statusLabelOf(application('rejected'), byTransferOut)).toEqual(refused);
    expect(actionLabelOf(byTransferOut, byTransferOut[0]!)).toEqual(refused);
  });

  it('leave the other statuses and steps as they are', () => {
    expect(statusLabelOf(application('accepted'), [accepted, submitted]).zh).toBe(
      '已受理，已发联系函',
    );
    expect(actionLabelOf([accepted, submitted], accepted).zh).toBe('转入地受理并发出联系函');
  });
});
