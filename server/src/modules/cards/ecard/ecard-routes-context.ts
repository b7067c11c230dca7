import type { Config } from '../../../platform/config.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import type { EcardContext } from './ecard.presenter.ts';
import type { EcardKeyring } from './token/ecard-keyring.ts';

/** What the e-card routes are built from. */
export interface EcardRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  config: Pick<
    Config,
    | 'ecard'
    | 'dataDir'
    | 'isProduction'
    | 'env'
    | 'rateLimitPerMinute'
    | 'realPersonAuthFreshMinutes'
  >;
  /** Default: the keyring the configuration names. */
  keyring?: EcardKeyring;
  /** The time the e-card routes read (tests move it on to see codes expire). */
  clock?: () => Date;
}

/** The route options with the keyring loaded and the derived keys computed, shared by each plugin. */
export interface EcardRouteContext extends EcardRouteOptions {
  keyring: EcardKeyring;
  referenceKey: Buffer;
  now: () => Date;
  presenterContext: () => Promise<EcardContext>;
}
