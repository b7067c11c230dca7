import { useEffect, useRef, useState } from 'react';
import { toApiFailure, type ApiFailure } from '../../../api/api-failure.ts';
import { issueEcardQr, type Ecard, type EcardQrCode } from '../../../api/cards.ts';
import { chinaTime } from '../../../i18n/china-moment.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { useCardsT } from '../use-cards-t.ts';
import { QrCode } from './QrCode.tsx';

/**
 * 出示二维码: a QR code for the e-card, with its text beside it for anyone who cannot use the image
 * and the time it stops working. A code past its time is taken off the screen so that nobody shows
 * a dead one; a new one is a button press away.
 */
export function QrPanel({ ecard }: { ecard: Ecard }) {
  const t = useCardsT();
  const { language } = useLanguage();
  const [qr, setQr] = useState<EcardQrCode | null>(null);
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!qr) return;
    heading.current?.focus();
    const left = Date.parse(qr.expiresAt) - Date.now();
    const timer = setTimeout(() => setExpired(true), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [qr]);

  const show = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setQr(await issueEcardQr(ecard.id));
      setExpired(false);
    } catch (caught) {
      setFailure(toApiFailure(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="qr-panel" aria-labelledby="qr-title">
      {failure && (
        <div className="problem" role="alert">
          <h2 className="problem__title">{t.ecard.problem}</h2>
          <p>
            {failure.messages
              ? language === 'zh-CN'
                ? failure.messages.zh
                : failure.messages.en
              : t.problem.network}
          </p>
        </div>
      )}
      {qr && !expired && (
        <>
          <h2 id="qr-title" ref={heading} tabIndex={-1}>
            {t.ecard.qrHeading}
          </h2>
          <QrCode text={qr.token} label={t.ecard.qrLabel} />
          <p className="qr-panel__until">
            {t.ecard.validUntil(chinaTime(qr.expiresAt, { seconds: true }))}
          </p>
          <p className="hint">{t.ecard.tokenLabel}</p>
          <p className="qr-panel__token">
            <code>{qr.token}</code>
          </p>
        </>
      )}
      {qr && expired && (
        <p id="qr-title" role="status">
          {t.ecard.expired}
        </p>
      )}
      {!qr && (
        <h2 id="qr-title" className="visually-hidden">
          {t.ecard.show}
        </h2>
      )}
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() => void show()}
      >
        {qr ? t.ecard.refresh : t.ecard.show}
      </button>
    </section>
  );
}
