import type { z } from 'zod';
import type { StepHandlingTime } from './supervisor-handling-times.ts';
import type { OverdueCase } from './supervisor-overdue-cases.ts';
import type { handlingTimesSchema, overdueCasesSchema } from './supervisor.schemas.ts';

/** The overdue list: case facts only — no applicant's name, ID number or phone. */
export function presentOverdueCases(
  today: string,
  { cases, total }: { cases: OverdueCase[]; total: number },
): z.infer<typeof overdueCasesSchema> {
  return {
    today,
    total,
    cases: cases.map((c) => ({
      id: c.id,
      scheme: c.scheme,
      status: c.status,
      fromRegion: c.fromRegionCode,
      toRegion: c.toRegionCode,
      submittedAt: c.submittedAt.toISOString(),
      deadlineOn: c.nextDeadlineOn,
      stepWith: c.stepWith,
      stepIsOurs: c.stepIsOurs,
      daysOverdue: c.daysOverdue,
      workingDaysOverdue: c.workingDaysOverdue,
    })),
  };
}

export function presentHandlingTimes({
  since,
  steps,
}: {
  since: Date;
  steps: StepHandlingTime[];
}): z.infer<typeof handlingTimesSchema> {
  return {
    since: since.toISOString(),
    steps: steps.map((s) => ({
      step: s.step,
      count: s.count,
      averageWorkingDays: s.averageWorkingDays,
      averageHours: s.averageHours,
    })),
  };
}
