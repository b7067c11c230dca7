import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DestinationStream } from 'pino';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { adminRoutes } from './modules/admin/index.ts';
import { calculatorRoutes } from './modules/calculator/index.ts';
import { agencyCardsRoutes, cardsRoutes, ecardRoutes } from './modules/cards/index.ts';
import { calendarRoutes, createCalendarModule } from './modules/calendar/index.ts';
import { identifiersRoutes } from './modules/identifiers/index.ts';
import {
  createFaceVerifier,
  createSmsSender,
  developmentFaceRoutes,
  developmentSmsRoutes,
  identityRoutes,
  verificationRoutes,
  type FaceVerifierAdapter,
  type SmsAdapter,
} from './modules/identity/index.ts';
import { createRegionsModule, regionsRoutes } from './modules/regions/index.ts';
import {
  developmentTotpRoutes,
  findStaffPrincipal,
  requirePasswordChangeFirst,
  staffAdminRoutes,
  staffPasswordRoutes,
  staffRoutes,
} from './modules/staff/index.ts';
import { notificationsRoutes } from './modules/notifications/index.ts';
import {
  agencyCasesRoutes,
  agencyProcessRoutes,
  supervisorRoutes,
  transfersRoutes,
} from './modules/transfers/index.ts';
import { registerAuthentication } from './platform/auth/authenticate.ts';
import type { Config } from './platform/config.ts';
import type { FieldCipher } from './platform/crypto/index.ts';
import type { Database } from './platform/db/database.ts';
import { answerError, registerErrorHandler } from './platform/errors/error-handler.ts';
import { healthRoutes } from './platform/http/health.routes.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { requestIdGenerator } from './platform/http/request-ids.ts';
import { requireRoutePolicies } from './platform/http/route-policy.ts';
import { registerSecurity } from './platform/http/security.ts';
import { responseSerializerCompiler } from './platform/http/serializer.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { createLogger } from './platform/logger.ts';
import { version } from './version.ts';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppDependencies {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  /** The SMS adapter (default: the one the configuration names); tests read the codes it got. */
  sms?: SmsAdapter;
  /** The face-verification adapter (default: the one the configuration names). */
  faceVerifier?: FaceVerifierAdapter;
  /** Where log lines go (default: standard output); the tests read them back. */
  logDestination?: DestinationStream;
  /** The time the e-card routes read (default: the system clock); tests move it on. */
  clock?: () => Date;
  /**
   * Read the holiday arrangements operators loaded, and follow loads, from `ready()` on (default
   * true). Off only to build the OpenAPI document without a database.
   */
  syncHolidayArrangements?: boolean;
}

/** Builds the HTTP application: platform plugins first, then each module's routes under /api/v1. */
export async function buildApp({
  config,
  database,
  cipher,
  sms = createSmsSender(config),
  faceVerifier = createFaceVerifier(config),
  logDestination,
  clock,
  syncHolidayArrangements = true,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    // Typed as Fastify's base logger so that plugins written against the default instance fit.
    loggerInstance: createLogger(config, logDestination) as FastifyBaseLogger,
    genReqId: requestIdGenerator(),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandler(app);
  requireRoutePolicies(app);
  await registerSecurity(app, { rateLimitPerMinute: config.rateLimitPerMinute });
  await registerOpenApi(app, { version });
  await registerAuthentication(app, {
    db: database.db,
    isProduction: config.isProduction,
    policy: config.session,
    findStaff: (accountId) => findStaffPrincipal(database.db, accountId),
  });

  // After authentication (route preValidation): a password past its rotation period blocks the rest.
  app.addHook('preHandler', requirePasswordChangeFirst);

  const regions = createRegionsModule({ db: database.db, pool: database.pool, log: app.log });
  app.addHook('onClose', regions.stop);
  // The holiday arrangements operators loaded are in the calendar before the first request.
  if (syncHolidayArrangements) {
    const calendar = createCalendarModule({ db: database.db, pool: database.pool, log: app.log });
    app.addHook('onReady', calendar.start);
    app.addHook('onClose', calendar.stop);
  }

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { db: database.db, version });
      await api.register(identityRoutes, {
        db: database.db,
        cipher,
        sms,
        sessionPolicy: config.session,
        isProduction: config.isProduction,
        freshMinutes: config.realPersonAuthFreshMinutes,
      });
      await api.register(verificationRoutes, {
        db: database.db,
        cipher,
        verifier: faceVerifier,
        freshMinutes: config.realPersonAuthFreshMinutes,
      });
      if (faceVerifier.kind === 'development') {
        await api.register(developmentFaceRoutes, {
          db: database.db,
          verifier: faceVerifier,
          freshMinutes: config.realPersonAuthFreshMinutes,
        });
      }
      await api.register(identifiersRoutes);
      await api.register(calendarRoutes, { db: database.db });
      await api.register(regionsRoutes, { registry: regions.registry });
      await api.register(calculatorRoutes, { registry: regions.registry, db: database.db });
      await api.register(staffRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
        sessionPolicy: config.session,
        isProduction: config.isProduction,
      });
      await api.register(staffAdminRoutes, { db: database.db, cipher, registry: regions.registry });
      await api.register(adminRoutes, { db: database.db, registry: regions.registry });
      await api.register(staffPasswordRoutes, {
        db: database.db,
        registry: regions.registry,
        sessionPolicy: config.session,
        isProduction: config.isProduction,
      });
      await api.register(notificationsRoutes, { db: database.db });
      await api.register(supervisorRoutes, { db: database.db });
      await api.register(agencyProcessRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
      });
      await api.register(transfersRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
        freshMinutes: config.realPersonAuthFreshMinutes,
      });
      await api.register(cardsRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
        freshMinutes: config.realPersonAuthFreshMinutes,
        temporaryLossDays: config.cardTemporaryLossDays,
      });
      await api.register(ecardRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
        config,
        ...(clock ? { clock } : {}),
      });
      await api.register(agencyCasesRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
      });
      await api.register(agencyCardsRoutes, {
        db: database.db,
        cipher,
        registry: regions.registry,
      });
    },
    { prefix: '/api/v1' },
  );
  if (sms.kind === 'development') {
    await app.register(developmentSmsRoutes, { messages: () => sms.messages() });
  }
  if (!config.isProduction) {
    await app.register(developmentTotpRoutes, { db: database.db, cipher });
  }
  await registerWebApp(app, { distDir: webDist });
  return app;
}
