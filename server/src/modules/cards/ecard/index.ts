// The electronic social security card (电子社保卡), part of the cards module: holders' e-cards, QR
// codes signed with Ed25519 and their verification (online and offline), temporary loss
// authorisations, family members. The cards module's index re-exports what others use.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ecardHolderRoutes } from './ecard.routes.ts';
import type { EcardRouteOptions } from './ecard-routes-context.ts';
import { ecardVerifyRoutes } from './ecard-verify.routes.ts';
import { familyRoutes } from './family.routes.ts';
import { loadEcardKeyring } from './token/ecard-keyring.ts';
import { ecardReferenceKey } from './token/reference-key.ts';

export type { EcardRouteOptions };
export { ecardKeyringOf, loadEcardKeyring, type EcardKeyring } from './token/ecard-keyring.ts';
export { checkEcardToken, signEcardToken } from './token/ecard-token.ts';
export { ecardReferenceKey } from './token/reference-key.ts';
export { verifyEcardToken } from './queries/verify-ecard-token.ts';
export { issueEcardQr } from './commands/issue-ecard-qr.ts';
export { applyForEcard, applyForFamilyEcard } from './commands/apply-for-ecard.ts';
export { ecardFamilyMembers, ecardLossAuthorisations, ecards } from './ecards.tables.ts';

/** Every e-card route: the holder's, the family's and the public verification. */
export const ecardRoutes: FastifyPluginAsyncZod<EcardRouteOptions> = async (app, options) => {
  const keyring = options.keyring ?? (await loadEcardKeyring(options.config));
  const { registry, cipher, clock } = options;
  const context = {
    ...options,
    keyring,
    referenceKey: ecardReferenceKey(cipher),
    now: clock ?? (() => new Date()),
    presenterContext: async () => {
      const directory = await registry.directory();
      return {
        cipher,
        regionName: (code: string) => {
          const region = directory.get(code);
          return region ? directory.displayName(region) : code;
        },
      };
    },
  };
  await app.register(ecardHolderRoutes, context);
  await app.register(familyRoutes, context);
  await app.register(ecardVerifyRoutes, context);
};
