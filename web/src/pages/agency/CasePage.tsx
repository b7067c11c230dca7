import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import {
  acceptCase,
  completeCase,
  getCase,
  rejectCase,
  transferOutCase,
  type AgencyCase,
} from '../../api/agency.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { AgencyStaffOnly } from './AgencyStaffOnly.tsx';
import { agencyPaths, caseUrl } from './agency-paths.ts';
import { CaseActions, type CaseStep } from './CaseActions.tsx';
import { CaseChecks } from './CaseChecks.tsx';
import { ApplicantDetails, CaseSummary } from './CaseDetails.tsx';
import { CaseDocuments } from './CaseDocuments.tsx';
import { CaseRelationships } from './CaseRelationships.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { emptyDrafts, type CaseDrafts } from './case-drafts.ts';
import { emptyRejection, rejectionOf } from './step-forms.ts';
import { StepOutcomeMessage, type StepOutcome } from './StepOutcome.tsx';
import { useAgencyT } from './use-agency-t.ts';
import './agency.css';

/** 案件: one case as its agency works on it — who, what was asked, the checks, and the steps. */
export function CasePage() {
  const { id = '' } = useParams();
  return <AgencyStaffOnly>{() => <CaseView key={id} id={id} />}</AgencyStaffOnly>;
}

function CaseView({ id }: { id: string }) {
  const t = useAgencyT();
  const location = useLocation();
  // Reloaded by the reload link (a new location) or after a step whose answer is not the case.
  const [reloads, setReloads] = useState(0);
  const loadKey = `agency-case:${id}#${location.key}#${reloads}`;
  const { state, retry } = useApi(loadKey, (signal) => getCase(id, signal));
  // The case a step answered with, as long as nothing newer has been asked for.
  const [answered, setAnswered] = useState<{ key: string; data: AgencyCase } | null>(null);
  const agencyCase =
    answered?.key === loadKey ? answered.data : state.status === 'ok' ? state.data : null;
  // What the staff member typed and opened: above the case, so that no reload loses it.
  const [drafts, setDrafts] = useState<CaseDrafts>(emptyDrafts);
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const title = agencyCase ? t.case.title(agencyCase.reference) : t.case.caption;
  const heading = usePageHeading(title, outcome?.kind === 'failed');

  const run = async (step: CaseStep) => {
    if (busy || !agencyCase) return;
    setBusy(true);
    const { version } = agencyCase;
    try {
      if (step === 'accept' || step === 'reject') {
        const data =
          step === 'accept'
            ? await acceptCase(id, version)
            : await rejectCase(id, { version, ...rejectionOf(drafts.rejection) });
        setAnswered({ key: loadKey, data });
        setOutcome({ kind: 'done', step });
      } else {
        const amounts =
          step === 'transfer-out' ? (await transferOutCase(id, version)).amounts : undefined;
        if (step === 'complete') await completeCase(id, version);
        setOutcome({ kind: 'done', step, ...(amounts && { amounts }) });
        setReloads((n) => n + 1);
      }
      setDrafts((d) => ({
        ...d,
        open: null,
        rejection: step === 'reject' ? emptyRejection : d.rejection,
      }));
    } catch (caught) {
      setOutcome({ kind: 'failed', step, failure: toApiFailure(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to={agencyPaths.queues} />
      <p className="caption">{t.case.caption}</p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {outcome && (
        <StepOutcomeMessage
          outcome={outcome}
          agencyCase={agencyCase}
          reloadTo={caseUrl(id)}
          onReload={() => setOutcome({ kind: 'reloaded' })}
        />
      )}
      {agencyCase ? (
        <>
          <CaseActions
            agencyCase={agencyCase}
            drafts={drafts}
            busy={busy}
            onOpen={(open) => setDrafts((d) => ({ ...d, open }))}
            onRejectionChange={(rejection) => setDrafts((d) => ({ ...d, rejection }))}
            onRun={(step) => void run(step)}
          />
          <CaseSummary agencyCase={agencyCase} />
          <ApplicantDetails
            agencyCase={agencyCase}
            reasons={drafts.revealReasons}
            onReasonChange={(field, reason) =>
              setDrafts((d) => ({ ...d, revealReasons: { ...d.revealReasons, [field]: reason } }))
            }
          />
          <CaseChecks agencyCase={agencyCase} />
          <CaseRelationships relationships={agencyCase.relationships} />
          <CaseDocuments agencyCase={agencyCase} />
          <CaseTimeline timeline={agencyCase.timeline} />
        </>
      ) : state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{ to: agencyPaths.queues, label: t.case.back }}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
