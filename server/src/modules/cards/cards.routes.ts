import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chinaToday } from '../../platform/clock.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { findBoundPersonId } from '../identity/index.ts';
import { findPersonById } from '../persons/index.ts';
import type { TransferDestinationRegistry } from '../regions/index.ts';
import { cancelCardAsHolder } from './commands/cancel-card-as-holder.ts';
import { checkCardPassword } from './commands/check-card-password.ts';
import { declineCancellationOffer } from './commands/decline-cancellation-offer.ts';
import { enableCard } from './commands/enable-card.ts';
import type { HolderCardChange } from './commands/holder-card-change.ts';
import { reportTemporaryLoss } from './commands/report-temporary-loss.ts';
import { requestCardRenewal } from './commands/request-card-renewal.ts';
import { requestCardReplacement } from './commands/request-card-replacement.ts';
import { unblockCard } from './commands/unblock-card.ts';
import { presentCard, presentCardSummary, type CardContext } from './cards.presenter.ts';
import {
  cancellationBodySchema,
  cardListSchema,
  cardParamsSchema,
  cardSchema,
  enableBodySchema,
  passwordCheckBodySchema,
  passwordCheckSchema,
  versionBodySchema,
} from './cards.schemas.ts';
import { getCard } from './queries/get-card.ts';
import { listCards } from './queries/list-cards.ts';

export interface CardsRouteOptions {
  db: Db;
  cipher: FieldCipher;
  registry: TransferDestinationRegistry;
  /** REAL_PERSON_AUTH_FRESH_MINUTES. */
  freshMinutes: number;
  /** CARD_TEMPORARY_LOSS_DAYS. */
  temporaryLossDays: number;
}

const changeErrors = errorResponses(400, 401, 403, 404, 409, 422);

type HolderChangePath =
  | 'enable'
  | 'temporary-loss'
  | 'unblock'
  | 'renewal'
  | 'replacement'
  | 'cancellation'
  | 'cancellation-offer/decline';

/** The citizen's own social security cards: see them, enable, report lost, unblock, renew, cancel. */
export const cardsRoutes: FastifyPluginAsyncZod<CardsRouteOptions> = async (app, options) => {
  const { db, cipher, registry, freshMinutes, temporaryLossDays } = options;
  const boundPerson = async (accountId: string) => {
    const personId = await findBoundPersonId({ db, accountId });
    if (personId === null) throw new AppError('PERSON_NOT_BOUND');
    return personId;
  };
  const contextOf = async (personId: string): Promise<CardContext> => {
    const [person, directory] = await Promise.all([
      findPersonById({ db, personId }),
      registry.directory(),
    ]);
    return {
      cipher,
      holderName: person?.name ?? '',
      regionName: (code) => {
        const region = directory.get(code);
        return region ? directory.displayName(region) : code;
      },
      today: chinaToday(),
    };
  };
  const presentOne = async (personId: string, cardId: string) =>
    presentCard(await getCard({ db, personId, cardId }), await contextOf(personId));

  app.get(
    '/me/cards',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: 'My social security cards, newest first, with their states',
        response: { 200: cardListSchema, ...errorResponses(401, 422) },
      },
    },
    async (request) => {
      const personId = await boundPerson(request.session!.accountId);
      const [cards, context] = await Promise.all([
        listCards({ db, personId }),
        contextOf(personId),
      ]);
      return { cards: cards.map((card) => presentCardSummary(card, context)) };
    },
  );

  app.get(
    '/me/cards/:id',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: 'One of my cards: state, what I may do, the cancellation reasons, the timeline',
        params: cardParamsSchema,
        response: { 200: cardSchema, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request) => presentOne(await boundPerson(request.session!.accountId), request.params.id),
  );

  const runChange = (
    path: HolderChangePath,
    change: HolderCardChange,
    body: Record<string, unknown>,
  ) => {
    switch (path) {
      case 'enable':
        return enableCard({ ...change, cipher, password: body['password'] as string });
      case 'temporary-loss':
        return reportTemporaryLoss({ ...change, temporaryLossDays });
      case 'unblock':
        return unblockCard(change);
      case 'renewal':
        return requestCardRenewal(change);
      case 'replacement':
        return requestCardReplacement(change);
      case 'cancellation':
        return cancelCardAsHolder({
          ...change,
          reason: body['reason'] as Parameters<typeof cancelCardAsHolder>[0]['reason'],
        });
      case 'cancellation-offer/decline':
        return declineCancellationOffer(change);
    }
  };

  // The holder's changes: each needs a fresh real-person authentication and the version last seen.
  const changes = [
    ['enable', 'Enable a sealed card and set its six-digit service password', enableBodySchema],
    ['temporary-loss', 'Report the card lost for now (ends by itself)', versionBodySchema],
    ['unblock', 'End my temporary loss report', versionBodySchema],
    [
      'renewal',
      'Ask for a new card within 60 days before expiry (422 with the first allowed day otherwise)',
      versionBodySchema,
    ],
    ['replacement', 'Ask for a replacement card (damaged or lost)', versionBodySchema],
    [
      'cancellation',
      'Cancel the card: at once for a duplicate or a replaced card, else the agency does it',
      cancellationBodySchema,
    ],
    ['cancellation-offer/decline', 'Keep a card whose cancellation was offered', versionBodySchema],
  ] as const satisfies readonly (readonly [HolderChangePath, string, unknown])[];
  for (const [path, summary, body] of changes) {
    app.post(
      `/me/cards/:id/${path}`,
      {
        config: { policy: 'citizen' },
        schema: {
          tags: ['cards'],
          summary,
          params: cardParamsSchema,
          body,
          response: { 200: cardSchema, ...changeErrors },
        },
      },
      async (request) => {
        const accountId = request.session!.accountId;
        const change: HolderCardChange = {
          db,
          accountId,
          freshMinutes,
          cardId: request.params.id,
          version: request.body.version,
        };
        const changed = await runChange(path, change, request.body as Record<string, unknown>);
        return presentOne(changed.personId, changed.id);
      },
    );
  }

  app.post(
    '/ecard/password-check',
    {
      // The e-card channel acts for the signed-in holder (SECURITY.md: machine channels sign what
      // they send; until the e-card module has its own credentials, the holder's session decides).
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary:
          'Check the service password of one of my cards; six wrong in a row lock it (423 CARD_LOCKED)',
        body: passwordCheckBodySchema,
        response: { 200: passwordCheckSchema, ...errorResponses(400, 401, 404, 409, 422, 423) },
      },
    },
    async (request) =>
      checkCardPassword({
        db,
        cipher,
        accountId: request.session!.accountId,
        personId: await boundPerson(request.session!.accountId),
        ...request.body,
      }),
  );
};
