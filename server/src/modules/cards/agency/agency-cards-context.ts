import { chinaToday } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import type { CardContext } from '../cards.presenter.ts';
import type { CardStaff } from './agency-card-access.ts';

/** What the agency card routes are built with. */
export interface AgencyCardsRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
}

/** The signed-in member of agency staff as the card commands take them. */
export function cardStaffOf(staff: { id: string; agencyRegionCode: string | null } | undefined) {
  // The 'agency' policy admits only staff bound to an agency; this keeps the types honest.
  if (!staff?.agencyRegionCode) throw new AppError('ROLE_NOT_ALLOWED');
  return { id: staff.id, agencyRegionCode: staff.agencyRegionCode } satisfies CardStaff;
}

/** The presenters' context: region names from the registry, today in China. */
export async function agencyCardContext({
  cipher,
  registry,
}: Pick<AgencyCardsRouteOptions, 'cipher' | 'registry'>): Promise<CardContext> {
  const directory = await registry.directory();
  return {
    cipher,
    // The holder's name is masked by the agency presenters themselves.
    holderName: '',
    regionName: (code) => {
      const region = directory.get(code);
      return region ? directory.displayName(region) : code;
    },
    today: chinaToday(),
  };
}
