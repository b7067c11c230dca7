import type { TransferDestination } from '../../api/client.ts';

export type DestinationStatus = 'open' | 'future' | 'closed';

/** Open now, opening on a set date (`openSince` without `online`), or not open at all. */
export function destinationStatus(destination: TransferDestination): DestinationStatus {
  if (destination.online) return 'open';
  return destination.openSince ? 'future' : 'closed';
}
