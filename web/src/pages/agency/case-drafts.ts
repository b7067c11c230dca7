import type { RevealableField } from '../../api/agency.ts';
import { emptyRejection, type RejectionDraft } from './step-forms.ts';

/** The reasons typed to reveal each personal value. */
export type RevealReasons = Record<RevealableField, string>;

/** Which step's question is open on the case page. */
export type OpenStep = 'accept' | 'reject' | 'transfer-out' | 'complete' | null;

/**
 * Everything a staff member has typed or opened on a case page. It lives above the case data,
 * so that reloading the case after a conflict (409) loses nothing.
 */
export interface CaseDrafts {
  open: OpenStep;
  rejection: RejectionDraft;
  revealReasons: RevealReasons;
}

export const emptyDrafts: CaseDrafts = {
  open: null,
  rejection: emptyRejection,
  revealReasons: { citizenId: '', contactPhone: '' },
};
