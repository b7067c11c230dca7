import {
  nextStepWorkingDays,
  type TransferApplicationActionKind,
} from '../../../../domain/transfer/application-status.ts';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { Messages } from '../../i18n/messages.zh-CN.ts';

/**
 * What happens after an application's latest step, in plain words with the legal time limit of
 * the scheme (medical insurance has shorter ones than pensions): whose turn it is and what they
 * do. Null once nothing follows.
 */
export function nextStepSentence(
  t: Messages,
  scheme: InsuranceScheme,
  after: TransferApplicationActionKind,
): string | null {
  const days = nextStepWorkingDays(scheme, after);
  if (days === null) return null;
  switch (after) {
    case 'submitted':
    case 'accepted':
    case 'out-done':
      return t.myApplications.nextStepAfter[after](days);
    default:
      return null;
  }
}
