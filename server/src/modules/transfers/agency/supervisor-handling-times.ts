import { isDateCovered } from '../../../../../domain/calendar/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { workingDaysLeft } from '../deadline.ts';
import { selectStepDurations, type StepDurationGroup } from './supervisor.repository.ts';

/**
 * The steps timed, in the order of a case: a rejection on review (不予受理, timed from the
 * submission) and a refusal of an accepted case (不予办理, timed from the acceptance) are apart,
 * as their words are (DECISIONS 44): one average of both would time neither.
 */
export const handlingSteps = [
  'accepted',
  'rejected',
  'refused-after-acceptance',
  'out-done',
  'completed',
] as const;
export type HandlingStep = (typeof handlingSteps)[number];

function handlingStepOf(group: StepDurationGroup): HandlingStep | undefined {
  if (group.step === 'rejected' && group.previousStep === 'accepted')
    return 'refused-after-acceptance';
  return handlingSteps.find((step) => step === group.step);
}

/** How long an agency took over one kind of step, on average. */
export interface StepHandlingTime {
  step: HandlingStep;
  /** Steps of this kind the agency took in the window. */
  count: number;
  /** Working days from the action before to the step (same day: 0); null without steps. */
  averageWorkingDays: number | null;
  /** Elapsed hours from the action before to the step; null without steps. */
  averageHours: number | null;
}

/**
 * The agency's average handling time per step over the last `days` days: for each step its staff
 * took (accept, reject on review, refuse after acceptance, transfer out, complete), the time since
 * the application's action before it — in working days between the two China dates, and in
 * elapsed hours.
 */
export async function getHandlingTimes({
  db,
  agencyRegionCode,
  days,
  now = new Date(),
}: {
  db: Executor;
  agencyRegionCode: string;
  days: number;
  now?: Date;
}): Promise<{ since: Date; steps: StepHandlingTime[] }> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const groups = await selectStepDurations(db, { agencyRegionCode, since });
  const steps = handlingSteps.map((step) => {
    let count = 0;
    let seconds = 0;
    // Steps whose dates the holiday calendar covers; the others count in hours only.
    let countedDays = 0;
    let workingDays = 0;
    for (const group of groups.filter((g) => handlingStepOf(g) === step)) {
      count += group.count;
      seconds += group.seconds;
      // Not provisionally: a statistic of the past holds only days the arrangements decide.
      const between = isDateCovered(group.toDay)
        ? workingDaysLeft(group.fromDay, group.toDay)
        : null;
      if (between === null) continue;
      countedDays += group.count;
      workingDays += between * group.count;
    }
    return {
      step,
      count,
      averageWorkingDays: countedDays > 0 ? round(workingDays / countedDays) : null,
      averageHours: count > 0 ? round(seconds / 3600 / count) : null,
    };
  });
  return { since, steps };
}

const round = (value: number) => Math.round(value * 100) / 100;
