import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { insuranceSchemes, schemeNames, type InsuranceScheme } from '../../../../domain/schemes.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { RadioGroup, radioId } from '../../components/RadioGroup.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { journeyPaths, journeyUrl, parseRegionCode, parseScheme } from './journey.ts';

/** Question 1: which insurance scheme. Coming from a result's "change scheme", it returns there. */
export function SchemePage() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [scheme, setScheme] = useState<InsuranceScheme | null>(() =>
    parseScheme(params.get('scheme')),
  );
  const [failedSubmits, setFailedSubmits] = useState(0);
  const heading = usePageHeading(t.scheme.title, failedSubmits > 0);
  const region = parseRegionCode(params.get('region'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!scheme) {
      setFailedSubmits((n) => n + 1);
      return;
    }
    // Keep the answer on this page's history entry, so that Back shows it chosen.
    navigate(journeyUrl(journeyPaths.scheme, { scheme, region }), { replace: true });
    navigate(
      region
        ? journeyUrl(journeyPaths.result, { scheme, region })
        : journeyUrl(journeyPaths.province, { scheme }),
    );
  };

  const errors =
    failedSubmits > 0
      ? [{ fieldId: radioId('scheme', insuranceSchemes[0]), message: t.scheme.error }]
      : [];
  return (
    <>
      <ErrorSummary errors={errors} attempt={failedSubmits} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          name="scheme"
          legendIsPageHeading
          legend={
            <h1 ref={heading} tabIndex={-1}>
              {t.scheme.title}
            </h1>
          }
          hint={t.scheme.hint}
          error={errors[0]?.message}
          options={insuranceSchemes.map((value) => ({
            value,
            label: language === 'zh-CN' ? schemeNames[value].zh : schemeNames[value].en,
          }))}
          value={scheme}
          onChange={(value) => setScheme(parseScheme(value))}
        />
        <button type="submit" className="button">
          {t.common.continue}
        </button>
      </form>
    </>
  );
}
