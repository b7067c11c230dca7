// The calculator's field problems, worded for the person filling in the form rather than for a
// programmer: a shape error (a field missing or of the wrong form) gets the same message as the
// domain's check of that field (validation-messages.ts), and every list is in the order of the
// form, so the error summary reads top to bottom.
import type { FastifySchemaValidationError } from 'fastify';
import {
  transferInputIssues as issue,
  type TransferInputIssue,
} from '../../../../domain/transfer/index.ts';
import type { FieldProblem } from '../../platform/errors/app-error.ts';
import { errorCodes } from '../../platform/errors/error-codes.ts';
import { toFieldProblems } from '../../platform/errors/validation-problems.ts';
import { MAX_HISTORY_PERIODS } from './calculator.schemas.ts';

type Words = { message: string; messageEn: string };

const words = (message: string, messageEn: string): Words => ({ message, messageEn });

/** What to say about a field whose value is missing or not of the form the API accepts. */
const FIELD_WORDS: Record<string, (path: string, keyword: string) => Words> = {
  sex: () => words('请选择性别', 'Choose your sex.'),
  birthDate: (path) => issue.invalidBirthDate(path),
  hukouRegion: () => words('请选择户口所在地', 'Choose where your household is registered.'),
  fromRegion: () => words('请选择转出地', 'Choose the place you are moving from.'),
  destinationRegion: () => words('请选择转入地', 'Choose the place you are moving to.'),
  transferDate: (path) => issue.invalidTransferDate(path),
  officialTransfer: () => words('请回答是或否', 'Answer yes or no.'),
  history: (_, keyword) =>
    keyword === 'too_big'
      ? words(
          `缴费记录最多填写${MAX_HISTORY_PERIODS}段，请把条件相同的连续月份合成一段`,
          `Enter at most ${MAX_HISTORY_PERIODS} periods: join consecutive months on the same terms into one.`,
        )
      : words('请至少填写一段缴费记录', 'Enter at least one contribution period.'),
  region: () => words('请选择这段时间的缴费地区', 'Choose where you paid in this period.'),
  from: (path) => issue.invalidMonth(path),
  to: (path) => issue.invalidMonth(path),
  monthlyBaseFen: (path) => issue.invalidBase(path),
  employerRateBp: (path) => issue.employerRateOutOfRange(path),
  insuredAs: (path) => issue.invalidChoice(path),
  accountKind: (path) => issue.invalidChoice(path),
  deemed: () => words('请回答是或否', 'Answer yes or no.'),
};

const bodyProblem = (path: string, { message, messageEn }: Words): FieldProblem => ({
  path,
  location: 'body',
  message,
  messageEn,
});

/** Where a field comes in the form: person, the three places, the date, then each period. */
function formPosition(path: string): number[] {
  const top = ['person', 'fromRegion', 'destinationRegion', 'transferDate', 'officialTransfer'];
  const inPerson = ['sex', 'birthDate', 'hukouRegion'];
  const inPeriod = ['region', 'from', 'to', 'monthlyBaseFen', 'employerRateBp'];
  const inPeriodRest = ['insuredAs', 'accountKind', 'deemed'];
  const [first = '', second, third] = path.split('.');
  const rank = (list: string[], name: string | undefined) =>
    name === undefined ? -1 : list.includes(name) ? list.indexOf(name) : 99;
  if (first === 'history') {
    // The list as a whole first (its heading), then each period: itself, then its fields.
    if (second === undefined || !/^\d+$/.test(second)) return [top.length, -1];
    return [top.length, Number(second), rank([...inPeriod, ...inPeriodRest], third)];
  }
  if (first === 'person') return [0, rank(inPerson, second)];
  const index = top.indexOf(first);
  return [index < 0 ? 99 : index];
}

function compareFormPositions(a: FieldProblem, b: FieldProblem): number {
  const [pa, pb] = [formPosition(a.path), formPosition(b.path)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? -2) - (pb[i] ?? -2);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The problems in the order of the form, each field once (its first problem). */
export function inFormOrder(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => !seen.has(problem.path) && seen.add(problem.path))
    .sort(compareFormPositions);
}

/** The problems of a request body that does not have the calculator's shape, in plain words. */
export function shapeProblems(errors: readonly FastifySchemaValidationError[]): FieldProblem[] {
  return inFormOrder(
    errors.flatMap((error) => {
      const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const field = path.split('.').at(-1) ?? '';
      const wordsFor = FIELD_WORDS[field];
      // Unknown properties, and anything the table does not name, keep the platform's wording.
      if (error.keyword === 'unrecognized_keys' || !wordsFor)
        return toFieldProblems([error], 'body');
      return [bodyProblem(path, wordsFor(path, error.keyword))];
    }),
  );
}

/** The domain's problems with a well-formed request, as field problems of the body. */
export function issueProblems(issues: readonly TransferInputIssue[]): FieldProblem[] {
  return issues.map((found) => bodyProblem(found.path, found));
}

/** A well-formed region code that names no GB/T 2260 region the platform knows. */
export function unknownRegionProblem(path: string): FieldProblem {
  const { zh, en } = errorCodes.REGION_NOT_FOUND;
  return bodyProblem(path, words(`${zh}，请重新选择地区`, `${en}. Choose the region again.`));
}
