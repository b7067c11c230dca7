import { api, type TransferCalculation, type TransferCalculatorRequest } from './client.ts';
import { unwrap } from './unwrap.ts';

/**
 * What a pension transfer would move and where the pension would be claimed. A request with
 * problems throws an ApiFailure whose `fields` name every invalid field.
 */
export async function calculateTransfer(
  body: TransferCalculatorRequest,
): Promise<TransferCalculation> {
  return unwrap(api.POST('/api/v1/transfer-calculator', { body }));
}
