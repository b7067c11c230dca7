import {
  calculateTransfer,
  validateHistory,
  type TransferCalculation,
  type TransferInput,
} from '../../../../../domain/transfer/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import { inFormOrder, issueProblems, unknownRegionProblem } from '../calculator.validation.ts';

/** The calculator's answer and the full name of the region where the pension would be claimed. */
export interface TransferCalculatorAnswer {
  calculation: TransferCalculation;
  benefitRegionName: string;
}

/** Every region code of the request with the dotted path of its field. */
function regionFields(input: TransferInput): [path: string, code: string][] {
  return [
    ['person.hukouRegion', input.person.hukouRegion],
    ['fromRegion', input.fromRegion],
    ['destinationRegion', input.destinationRegion],
    ...input.history.map((period, i): [string, string] => [`history.${i}.region`, period.region]),
  ];
}

/**
 * The transfer calculator (DOMAIN.md §3) on a well-formed request: every problem at once — the
 * domain's checks of the history, and region codes that name no region the platform knows — as
 * one VALIDATION_FAILED; otherwise what would move and where the pension would be claimed.
 */
export async function runTransferCalculator({
  registry,
  input,
}: {
  registry: TransferDestinationRegistry;
  input: TransferInput;
}): Promise<TransferCalculatorAnswer> {
  const directory = await registry.directory();
  const issues = validateHistory(input);
  // A code the domain already refused (bad form, no such province) is not reported twice.
  const flagged = new Set(issues.map((found) => found.path));
  const unknownRegions = regionFields(input)
    .filter(([path, code]) => !flagged.has(path) && directory.get(code) === undefined)
    .map(([path]) => unknownRegionProblem(path));
  if (issues.length > 0 || unknownRegions.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      fields: inFormOrder([...issueProblems(issues), ...unknownRegions]),
    });
  }
  const calculation = calculateTransfer(input);
  const benefitRegion = directory.get(calculation.benefitRegion);
  return {
    calculation,
    benefitRegionName: benefitRegion
      ? directory.fullName(benefitRegion)
      : calculation.benefitRegion,
  };
}
