import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_FAMILY_MEMBERS } from '../../../../../domain/cards/family-members.ts';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import { addFamilyMember } from './commands/add-family-member.ts';
import { answerFamilyInvitation } from './commands/answer-family-invitation.ts';
import { applyForFamilyEcard } from './commands/apply-for-ecard.ts';
import { endFamilyMembership } from './commands/end-family-membership.ts';
import { presentEcard, presentFamilyMember, presentMembership } from './ecard.presenter.ts';
import {
  addFamilyMemberBodySchema,
  ecardParamsSchema,
  ecardSchema,
  familyMemberCardBodySchema,
  familySchema,
  membershipListSchema,
} from './ecard.schemas.ts';
import type { EcardRouteContext } from './ecard-routes-context.ts';
import { getFamily, listMemberships } from './queries/get-family.ts';
import { getEcard } from './queries/list-ecards.ts';

/**
 * Family members of an e-card holder (亲情服务): the holder adds minors and invites adults (eight
 * places); an invited adult accepts or declines from their own account, and may leave later.
 */
export const familyRoutes: FastifyPluginAsyncZod<EcardRouteContext> = async (app, options) => {
  const { db, cipher, now, presenterContext, config } = options;
  const freshMinutes = config.realPersonAuthFreshMinutes;
  const family = async (accountId: string) => {
    const [members, context] = await Promise.all([
      getFamily({ db, accountId, now: now() }),
      presenterContext(),
    ]);
    return {
      members: members.map((member) => presentFamilyMember(member, context)),
      limit: MAX_FAMILY_MEMBERS,
      placesLeft: MAX_FAMILY_MEMBERS - members.length,
    };
  };
  const memberships = async (accountId: string) => ({
    memberships: (await listMemberships({ db, accountId, now: now() })).map(presentMembership),
  });

  app.get(
    '/me/family-members',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: 'My family members and invitations, with the e-cards I may show for them',
        response: { 200: familySchema, ...errorResponses(401, 422) },
      },
    },
    async (request) => family(request.session!.accountId),
  );

  app.post(
    '/me/family-members',
    {
      config: { policy: 'citizen', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['cards'],
        summary:
          'Add a minor, or invite an adult (who accepts from their own account); name and ID number must match the registry; eight at most',
        body: addFamilyMemberBodySchema,
        response: { 201: familySchema, ...errorResponses(400, 401, 403, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const accountId = request.session!.accountId;
      await addFamilyMember({ db, cipher, accountId, freshMinutes, ...request.body, now: now() });
      return reply.status(201).send(await family(accountId));
    },
  );

  app.post(
    '/me/family-members/:id/remove',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: 'Remove a family member, or withdraw an invitation (frees the place)',
        params: ecardParamsSchema,
        response: { 200: familySchema, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request) => {
      const accountId = request.session!.accountId;
      await endFamilyMembership({
        db,
        accountId,
        membershipId: request.params.id,
        as: 'holder',
        now: now(),
      });
      return family(accountId);
    },
  );

  app.post(
    '/me/family-members/:id/ecards',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary:
          "Apply, as guardian, for the e-card of a minor family member's card (after a real-person authentication)",
        params: ecardParamsSchema,
        body: familyMemberCardBodySchema,
        response: { 201: ecardSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const accountId = request.session!.accountId;
      const ecard = await applyForFamilyEcard({
        db,
        accountId,
        freshMinutes,
        memberId: request.params.id,
        cardId: request.body.cardId,
        now: now(),
      });
      const view = await getEcard({ db, accountId, ecardId: ecard.id, now: now() });
      return reply.status(201).send(presentEcard(view, await presenterContext()));
    },
  );

  app.get(
    '/me/family-memberships',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['cards'],
        summary: "Families I am invited to or belong to (as someone's family member)",
        response: { 200: membershipListSchema, ...errorResponses(401, 422) },
      },
    },
    async (request) => memberships(request.session!.accountId),
  );

  const answers = [
    ['accept', 'Accept an invitation (after my own real-person authentication)'],
    ['decline', 'Decline an invitation'],
    ['leave', 'Leave a family I joined: the holder no longer sees my e-card'],
  ] as const;
  for (const [answer, summary] of answers) {
    app.post(
      `/me/family-memberships/:id/${answer}`,
      {
        config: { policy: 'citizen' },
        schema: {
          tags: ['cards'],
          summary,
          params: ecardParamsSchema,
          response: { 200: membershipListSchema, ...errorResponses(400, 401, 403, 404, 422) },
        },
      },
      async (request) => {
        const accountId = request.session!.accountId;
        const membershipId = request.params.id;
        if (answer === 'leave')
          await endFamilyMembership({ db, accountId, membershipId, as: 'member', now: now() });
        else
          await answerFamilyInvitation({
            db,
            accountId,
            freshMinutes,
            membershipId,
            accept: answer === 'accept',
            now: now(),
          });
        return memberships(accountId);
      },
    );
  }
};
