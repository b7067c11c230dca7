import { api, type TransferCalculation, type TransferCalculatorRequest } from './client.ts';
import type { paths } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

/** The signed-in person's own employee-pension record, in the calculator's terms. */
export type OwnCalculatorInput =
  paths['/api/v1/me/transfer-calculator/input']['get']['responses'][200]['content']['application/json'];

/**
 * What a pension transfer would move and where the pension would be claimed. A request with
 * problems throws an ApiFailure whose `fields` name every invalid field.
 */
export async function calculateTransfer(
  body: TransferCalculatorRequest,
): Promise<TransferCalculation> {
  return unwrap(api.POST('/api/v1/transfer-calculator', { body }));
}

/**
 * The signed-in citizen's recorded history, to fill the calculator with. Throws an ApiFailure:
 * 401 when nobody is signed in, 422 PERSON_NOT_BOUND before the account is bound to a person.
 */
export async function getOwnCalculatorInput(signal?: AbortSignal): Promise<OwnCalculatorInput> {
  return unwrap(api.GET('/api/v1/me/transfer-calculator/input', { signal }));
}
