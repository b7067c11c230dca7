import type { Actor } from '../../platform/audit/index.ts';

/** Who acts on a card: the holder, agency staff (for their agency), or the platform itself. */
export type CardActor =
  | { type: 'citizen'; id: string }
  | { type: 'staff'; id: string; agencyRegionCode: string }
  | { type: 'system'; id: string };

/** The audit log's actor for a card actor. */
export function auditActorOf(actor: CardActor): Actor {
  return { type: actor.type, id: actor.id };
}
