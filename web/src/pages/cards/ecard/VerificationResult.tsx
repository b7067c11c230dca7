import type { EcardVerification } from '../../../api/cards.ts';
import { chinaDate, chinaTime } from '../../../i18n/china-moment.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { useCardsT, useTexts } from '../use-cards-t.ts';

/**
 * The answer for one QR code, in words (not colour alone): valid, with whose card it is (masked)
 * and its state now; or why it cannot be used. Shown in a live region, so that it is read out
 * while the focus stays in the field for the next scan.
 */
export function VerificationResult(props: { result: EcardVerification; onNext: () => void }) {
  const t = useCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const { result } = props;
  const reason = result.reason ? t.verify.reasons[result.reason] : undefined;
  return (
    <section
      className={
        result.valid ? 'status-panel status-panel--open' : 'status-panel status-panel--closed'
      }
      aria-labelledby="verify-result-title"
    >
      <h2 className="status-panel__title" id="verify-result-title">
        {result.valid ? t.verify.validTitle : t.verify.invalidTitle}
      </h2>
      {!result.valid && <p>{reason ?? t.verify.reasons.malformed}</p>}
      <dl className="summary-list">
        {result.holderName && (
          <>
            <dt>{t.verify.holder}</dt>
            <dd lang="zh-CN">{result.holderName}</dd>
          </>
        )}
        {result.regionName && (
          <>
            <dt>{t.verify.region}</dt>
            <dd lang="zh-CN">{result.regionName}</dd>
          </>
        )}
        {result.cardStateLabel && (
          <>
            <dt>{t.verify.cardState}</dt>
            <dd>{text(result.cardStateLabel)}</dd>
          </>
        )}
        {result.expiresAt && (
          <>
            <dt>{t.verify.expiresAt}</dt>
            <dd>
              {chinaDate(result.expiresAt, language)}{' '}
              {chinaTime(result.expiresAt, { seconds: true })}
            </dd>
          </>
        )}
      </dl>
      {result.valid && result.cardState === 'temporary-loss' && <p>{t.verify.lossAuthorised}</p>}
      <p>
        <button type="button" className="button button--secondary" onClick={props.onNext}>
          {t.verify.again}
        </button>
      </p>
    </section>
  );
}
