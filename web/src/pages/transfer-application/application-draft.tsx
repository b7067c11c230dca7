import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from '../../auth/auth-context.tsx';
import type { ApplicationAnswers } from './application-paths.ts';

/** The answers of an application not yet submitted, and the Idempotency-Key of those answers. */
export interface ApplicationDraft {
  answers: ApplicationAnswers;
  idempotencyKey: string;
}

interface Drafts {
  /** Whose drafts these are: the signed-in account (its masked phone), null when nobody is. */
  owner: string | null;
  /** By journey: `scheme:region`. */
  byJourney: Readonly<Record<string, ApplicationDraft>>;
}

interface DraftStore {
  drafts: Readonly<Record<string, ApplicationDraft>>;
  save: (journey: string, draft: ApplicationDraft | null) => void;
}

const DraftContext = createContext<DraftStore | null>(null);
const noDrafts: Readonly<Record<string, ApplicationDraft>> = {};

/**
 * Keeps the answers of applications in progress while the person leaves the journey (to bind
 * their identity or prove it is them), so that nothing they typed is lost. In memory only:
 * the answers hold personal data (phone numbers, an address), which is never written to browser
 * storage (ASVS 5.0 V14.3.3); they are forgotten when the session ends, and a reload starts the
 * form again.
 */
export function ApplicationDraftProvider({ children }: { children: ReactNode }) {
  const owner = useAuth().account?.phone ?? null;
  const [drafts, setDrafts] = useState<Drafts>({ owner, byJourney: {} });
  // Signed out, or someone else signed in: forget everything (adjusting state while rendering).
  if (drafts.owner !== owner) setDrafts({ owner, byJourney: {} });

  const save = useCallback((journey: string, draft: ApplicationDraft | null) => {
    setDrafts((current) => {
      const { [journey]: _replaced, ...others } = current.byJourney;
      return { ...current, byJourney: draft ? { ...others, [journey]: draft } : others };
    });
  }, []);
  const visible = drafts.owner === owner ? drafts.byJourney : noDrafts;
  const store = useMemo<DraftStore>(() => ({ drafts: visible, save }), [visible, save]);
  return <DraftContext value={store}>{children}</DraftContext>;
}

/** The draft of the journey (`scheme:region`) and a way to replace or forget it (null). */
export function useApplicationDraft(
  journey: string,
): [ApplicationDraft | null, (draft: ApplicationDraft | null) => void] {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useApplicationDraft outside <ApplicationDraftProvider>');
  const { save } = store;
  const saveThis = useCallback(
    (draft: ApplicationDraft | null) => save(journey, draft),
    [save, journey],
  );
  return [store.drafts[journey] ?? null, saveThis];
}
