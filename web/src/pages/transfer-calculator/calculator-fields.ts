import type { ApiFieldProblem } from '../../api/api-failure.ts';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import { radioId } from '../../components/RadioGroup.tsx';

/** The DOM id of the control for a field of the request: `history.2.from` → `history-2-from`. */
export const controlId = (path: string) => path.replaceAll('.', '-');

/** The id of the province list of a region question (the first of its two lists). */
export const provinceListId = (path: string) => `${controlId(path)}-province`;

/** The id of the city list of a region question. */
export const cityListId = (path: string) => `${controlId(path)}-city`;

const REGION_FIELD = /^(person\.hukouRegion|fromRegion|destinationRegion|history\.\d+\.region)$/;
const RADIO_FIELDS: Record<string, string> = {
  sex: 'male',
  insuredAs: 'employee',
  accountKind: 'normal',
};

/** The heading of the list of periods, which the problems of the list as a whole point to. */
export const historyHeadingId = 'history';

/**
 * Where the error summary's link for a field takes the person: the field itself, the first
 * radio of a choice, the province list of a place, the box of a period, or the heading of the
 * list of periods. A path the form does not know (it never sends one) points at the first field.
 */
export function linkTargetOf(path: string, periods: number): string {
  if (path === 'history') return historyHeadingId;
  if (REGION_FIELD.test(path)) return provinceListId(path);
  const field = path.split('.').at(-1) ?? '';
  const radio = RADIO_FIELDS[field];
  if (radio) return radioId(controlId(path), radio);
  const period = /^history\.(\d+)(?:\.(from|to|monthlyBaseFen|employerRateBp|deemed))?$/.exec(path);
  if (period && Number(period[1]) < periods) return controlId(path);
  if (['person.birthDate', 'transferDate', 'officialTransfer'].includes(path))
    return controlId(path);
  return radioId('person-sex', 'male');
}

/**
 * The server's field problems as the form shows them: one message per path (the first), in the
 * page's language; the wage and the employer rate are asked in yuan and percent, not in the fen
 * and basis points of the API, so their messages are the page's own.
 */
export function messagesByPath(
  problems: readonly ApiFieldProblem[],
  language: 'zh-CN' | 'en',
  own: { wage: string; rate: string },
): Map<string, string> {
  const messages = new Map<string, string>();
  for (const problem of problems) {
    if (messages.has(problem.path)) continue;
    const field = problem.path.split('.').at(-1);
    const message =
      field === 'monthlyBaseFen'
        ? own.wage
        : field === 'employerRateBp'
          ? own.rate
          : language === 'zh-CN'
            ? problem.message
            : problem.messageEn;
    messages.set(problem.path, message);
  }
  return messages;
}

/** The error summary's entries: each problem once, linked to its control, in the server's order. */
export function summaryOf(messages: Map<string, string>, periods: number): FieldError[] {
  const seen = new Set<string>();
  const entries: FieldError[] = [];
  for (const [path, message] of messages) {
    const fieldId = linkTargetOf(path, periods);
    if (seen.has(fieldId)) continue;
    seen.add(fieldId);
    entries.push({ fieldId, message });
  }
  return entries;
}
