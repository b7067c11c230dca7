import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { insuranceSchemes, schemeNames, type InsuranceScheme } from '../../../../domain/schemes.ts';
import { closeRegion, listRegionOpenings, openRegion, type Opening } from '../../api/admin.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import { getTransferDestination } from '../../api/regions.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { adminPaths } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

type Outcome = { kind: 'done' | 'problem'; text: string };

/** One region's online transfer per scheme (sysadmin): open from a date, move the date, close. */
export function RegionOpeningsPage() {
  return <AdminOnly roles={['sysadmin']}>{() => <RegionOpenings />}</AdminOnly>;
}

function RegionOpenings() {
  const t = useAdminT();
  const regionCode = useParams().regionCode ?? '';
  const [reload, setReload] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const { state, retry } = useApi(`region-openings:${regionCode}#${reload}`, async (signal) => {
    const [destination, list] = await Promise.all([
      getTransferDestination(regionCode, 'employee-pension', signal),
      listRegionOpenings(regionCode, signal),
    ]);
    return { regionName: destination.regionName, openings: list.openings };
  });
  const regionName = state.status === 'ok' ? state.data.regionName : regionCode;
  const heading = usePageHeading(t.openings.regionTitle(regionName));

  const changed = (next: Outcome) => {
    setOutcome(next);
    setReload((n) => n + 1);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  return (
    <>
      <Link className="back-link" to={adminPaths.openings}>
        {t.openings.back}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {state.status === 'ok' ? (
          <>
            <span lang="zh-CN">{regionName}</span>
            {t.openings.regionTitleSuffix}
          </>
        ) : (
          t.openings.title
        )}
      </h1>
      <div ref={outcomeRef} tabIndex={-1} role="status">
        {outcome && (
          <p className={outcome.kind === 'done' ? 'notice' : 'problem'}>{outcome.text}</p>
        )}
      </div>
      {state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{ to: adminPaths.openings, label: t.openings.back }}
        />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <ul className="scheme-openings">
          {insuranceSchemes.map((scheme) => (
            <SchemeOpening
              // A new key after every change: the forms start again from what the server holds.
              key={`${scheme}#${reload}`}
              regionCode={regionCode}
              regionName={regionName}
              scheme={scheme}
              opening={state.data.openings.find((o) => o.scheme === scheme) ?? null}
              onChanged={changed}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function SchemeOpening(props: {
  regionCode: string;
  regionName: string;
  scheme: InsuranceScheme;
  opening: Opening | null;
  onChanged: (outcome: Outcome) => void;
}) {
  const t = useAdminT();
  const o = t.openings;
  const { language } = useLanguage();
  const { opening, scheme } = props;
  const schemeName = schemeNames[scheme][language === 'zh-CN' ? 'zh' : 'en'];
  const [date, setDate] = useState(opening?.openSince ?? '');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const dateId = `openSince-${scheme}`;

  const problemOf = (caught: unknown): Outcome => {
    const failure = toApiFailure(caught);
    return {
      kind: 'problem',
      text:
        failure.code === 'CONFLICT'
          ? o.conflict
          : failure.kind === 'network'
            ? t.problems.network
            : t.problems.other,
    };
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const typed = date.trim();
    if (typed === '') return setError(o.dateMissing);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) return setError(o.dateFormat);
    setError(null);
    setBusy(true);
    try {
      await openRegion(props.regionCode, {
        scheme,
        openSince: typed,
        expectedOpenSince: opening?.openSince ?? null,
      });
      props.onChanged({ kind: 'done', text: o.opened(schemeName, formatDate(typed, language)) });
    } catch (caught) {
      const failure = toApiFailure(caught);
      setBusy(false);
      if (failure.status === 400) return setError(o.dateFormat);
      props.onChanged(problemOf(caught));
    }
  };

  const close = async () => {
    if (busy || !opening) return;
    setBusy(true);
    try {
      await closeRegion(props.regionCode, scheme, opening.openSince);
      props.onChanged({ kind: 'done', text: o.closed(schemeName) });
    } catch (caught) {
      setBusy(false);
      props.onChanged(problemOf(caught));
    }
  };

  const status = !opening
    ? o.statusClosed
    : opening.online
      ? o.statusOpen(formatDate(opening.openSince, language))
      : o.statusFuture(formatDate(opening.openSince, language));
  const headingId = `scheme-${scheme}`;
  return (
    <li
      className={
        opening?.online
          ? 'scheme-openings__item scheme-openings__item--open'
          : 'scheme-openings__item'
      }
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{schemeName}</h2>
      <p>
        <strong>{status}</strong>
      </p>
      <form
        onSubmit={open}
        noValidate
        aria-label={`${schemeName}：${opening ? o.moveDate : o.open}`}
      >
        <TextField
          id={dateId}
          label={o.openSince}
          hint={o.openSinceHint}
          error={error ?? undefined}
          value={date}
          onChange={setDate}
          inputMode="numeric"
          short
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {opening ? o.moveDate : o.open}
        </button>
      </form>
      {opening && !confirming && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            aria-label={o.closeLabel(schemeName)}
            onClick={() => setConfirming(true)}
          >
            {o.close}
          </button>
        </p>
      )}
      {opening && confirming && (
        <ConfirmClose
          title={o.confirmClose(schemeName, props.regionName)}
          busy={busy}
          onConfirm={() => void close()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

function ConfirmClose(props: {
  title: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useAdminT();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="confirm-box" aria-label={props.title}>
      <h3 tabIndex={-1} ref={title}>
        {props.title}
      </h3>
      <p>{t.openings.confirmCloseText}</p>
      <ul className="actions">
        <li>
          <button
            type="button"
            className="button button--warning"
            aria-disabled={props.busy || undefined}
            onClick={props.onConfirm}
          >
            {t.openings.confirm}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t.openings.cancel}
          </button>
        </li>
      </ul>
    </section>
  );
}
