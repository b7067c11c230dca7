import type { ApiFailure } from '../../api/api-failure.ts';
import type { Language } from '../../i18n/language.ts';
import type { Messages } from '../../i18n/messages.zh-CN.ts';

/** Why the withdrawal did not happen, in plain words. */
export function withdrawProblem(failure: ApiFailure, t: Messages, language: Language): string {
  if (failure.kind === 'network') return t.problems.network;
  // A stale page: the application changed since it was shown, and may still be withdrawn.
  if (failure.code === 'CONFLICT') return t.myApplications.changed;
  // Withdrawn already (in another tab), or past the point where withdrawal is allowed.
  if (failure.status === 409) return t.myApplications.conflict;
  if (failure.messages) return language === 'zh-CN' ? failure.messages.zh : failure.messages.en;
  return t.problems.other;
}
