import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import type { FundAccountKind } from './fund-accounts.ts';

/** An amount of money in fen: a safe integer number or a bigint. */
export type Fen = number | bigint;

/** A fund transfer (基金转移) as the transfer process computed it. */
export interface FundTransfer {
  /** The transfer application whose funds move; a transfer is posted once. */
  applicationId: string;
  scheme: InsuranceScheme;
  /** The transfer-out agency's region. */
  fromRegionCode: string;
  /** The transfer-in agency's region. */
  toRegionCode: string;
  /** The employer part moving between pooled funds (统筹基金). */
  pooledFundFen: Fen;
  /** The individual account balance moving between individual-account funds (个人账户基金). */
  individualAccountFen: Fen;
}

/** One line of an entry, naming its fund. Positive: money arrives; negative: money leaves. */
export interface FundMovement {
  regionCode: string;
  scheme: InsuranceScheme;
  accountKind: FundAccountKind;
  amountFen: bigint;
}

/** The amount as a bigint; a transfer never moves a negative or fractional amount. */
export function toFen(value: Fen, name: string): bigint {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a whole number of fen, got ${value}`);
  }
  const fen = BigInt(value);
  if (fen < 0n) throw new RangeError(`${name} must not be negative, got ${fen}`);
  return fen;
}

/**
 * The lines a fund transfer posts: each fund of the transfer-out region gives what the same fund
 * of the transfer-in region receives. A zero amount posts no line (lines are never zero).
 */
export function fundTransferMovements(transfer: FundTransfer): FundMovement[] {
  if (transfer.fromRegionCode === transfer.toRegionCode) {
    throw new RangeError(`a fund transfer needs two regions, got ${transfer.fromRegionCode} twice`);
  }
  const amounts: [FundAccountKind, bigint][] = [
    ['pooled-fund', toFen(transfer.pooledFundFen, 'pooledFundFen')],
    ['individual-accounts', toFen(transfer.individualAccountFen, 'individualAccountFen')],
  ];
  const { scheme } = transfer;
  return amounts
    .filter(([, fen]) => fen !== 0n)
    .flatMap(([accountKind, fen]) => [
      { regionCode: transfer.fromRegionCode, scheme, accountKind, amountFen: -fen },
      { regionCode: transfer.toRegionCode, scheme, accountKind, amountFen: fen },
    ]);
}

function describeMovement(line: FundMovement): string {
  return `${line.regionCode} ${line.scheme} ${line.accountKind} ${line.amountFen > 0n ? '+' : ''}${line.amountFen}`;
}

function describeMovements(lines: readonly FundMovement[]): string {
  return lines.length === 0 ? 'nothing' : lines.map(describeMovement).sort().join(', ');
}

/**
 * How the posted lines differ from what the computed transfer should have posted, or undefined
 * when they are exactly the same lines (in any order).
 */
export function differenceFromComputed(
  transfer: FundTransfer,
  posted: readonly FundMovement[],
): string | undefined {
  let computed: FundMovement[];
  try {
    computed = fundTransferMovements(transfer);
  } catch (error) {
    if (error instanceof RangeError) return `the computed transfer is not valid: ${error.message}`;
    throw error;
  }
  const postedText = describeMovements(posted);
  const computedText = describeMovements(computed);
  return postedText === computedText
    ? undefined
    : `posted ${postedText}; the transfer computed ${computedText}`;
}
