import { useState, type FormEvent } from 'react';
import { toApiFailure, type ApiFailure } from '../../api/api-failure.ts';
import { lookUpCards, type CardLookup, type CardLookupBy } from '../../api/agency-cards.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AgencyStaffOnly } from '../agency/AgencyStaffOnly.tsx';
import { AgencyCardList } from './AgencyCardList.tsx';
import { CardsSectionNav } from './CardsSectionNav.tsx';
import { useAgencyCardsT } from './use-agency-cards-t.ts';
import '../agency/agency.css';
import './agency-cards.css';

const fieldIds = { by: 'lookup-by-card-number', value: 'lookup-value' } as const;

/**
 * 柜台查询: the holder at the counter shows their card or ID document; staff type its number and
 * see the holder's cards of this agency. The number travels in a POST body only, never in the
 * address, and is not kept once the page is left.
 */
export function CounterLookupPage() {
  return <AgencyStaffOnly>{() => <CounterLookup />}</AgencyStaffOnly>;
}

function CounterLookup() {
  const t = useAgencyCardsT();
  const l = t.lookup;
  const { language } = useLanguage();
  const [by, setBy] = useState<CardLookupBy | null>(null);
  const [value, setValue] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<CardLookup | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const localErrors = (): FieldError[] => [
    ...(by === null ? [{ fieldId: fieldIds.by, message: l.errors.by }] : []),
    ...(value.trim() === '' ? [{ fieldId: fieldIds.value, message: l.errors.value }] : []),
  ];
  const errors = attempt > 0 ? [...localErrors(), ...serverErrors] : [];
  const heading = usePageHeading(l.title, errors.length > 0);
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setServerErrors([]);
    setFailure(null);
    if (by === null || localErrors().length > 0) return;
    setBusy(true);
    try {
      setFound(await lookUpCards(by, value));
    } catch (caught) {
      const problem = toApiFailure(caught);
      setFound(null);
      const fields = problem.fields.filter((f) => f.path === 'value');
      if (problem.status === 400 && fields.length > 0)
        setServerErrors(
          fields.map((f) => ({
            fieldId: fieldIds.value,
            message: language === 'zh-CN' ? f.message : f.messageEn,
          })),
        );
      else setFailure(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {l.title}
      </h1>
      <CardsSectionNav />
      <p>{l.intro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} attempt={attempt} />
        <RadioGroup
          name="lookup-by"
          legend={l.by}
          options={[
            { value: 'card-number', label: l.byCardNumber },
            { value: 'citizen-id', label: l.byCitizenId },
          ]}
          value={by}
          onChange={(next) => setBy(next as CardLookupBy)}
          {...(errorOf(fieldIds.by) ? { error: errorOf(fieldIds.by)! } : {})}
        />
        <TextField
          id={fieldIds.value}
          label={l.value}
          hint={l.valueHint}
          error={errorOf(fieldIds.value)}
          value={value}
          onChange={setValue}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? l.working : l.submit}
        </button>
      </form>
      {failure &&
        (failure.status === 429 ? (
          <div className="problem" role="alert">
            <p>{l.tooMany(failure.retryAfterSeconds ?? 60)}</p>
          </div>
        ) : (
          <ApiProblem failure={failure} onRetry={() => setFailure(null)} />
        ))}
      {found && (
        <section className="card-lookup__results" aria-labelledby="lookup-results">
          <h2 id="lookup-results">{l.results}</h2>
          <div role="status">
            {found.holder ? (
              <p>{l.holder(found.holder.name, found.holder.citizenId)}</p>
            ) : (
              <p>{l.none}</p>
            )}
          </div>
          {found.cards.length > 0 && <AgencyCardList cards={found.cards} />}
        </section>
      )}
    </>
  );
}
