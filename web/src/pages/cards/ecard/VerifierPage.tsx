import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { toApiFailure, type ApiFailure } from '../../../api/api-failure.ts';
import { verifyEcardToken, type EcardVerification } from '../../../api/cards.ts';
import { ApiProblem } from '../../../components/ApiProblem.tsx';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary.tsx';
import { FieldErrorMessage } from '../../../components/FieldErrorMessage.tsx';
import { usePageHeading } from '../../../components/use-page-heading.ts';
import { useCardsT } from '../use-cards-t.ts';
import { readQrPhoto } from './read-qr-photo.ts';
import { VerificationResult } from './VerificationResult.tsx';
import '../cards.css';

const TOKEN_FIELD = 'ecard-token';
const PHOTO_FIELD = 'ecard-photo';

/**
 * 核验电子社保卡, for the staff of a hospital, a pharmacy or an office (no sign-in): a handheld
 * scanner types the QR code's text into the field and presses Enter, or the text is pasted or
 * typed, or a photo of the code is read in the browser. The answer says whether the card may be
 * used, whose it is (masked) and the card's state now; the focus stays in the field, ready for
 * the next code.
 */
export function VerifierPage() {
  const t = useCardsT();
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EcardVerification | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [checks, setChecks] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  const heading = usePageHeading(t.verify.title, errors.length > 0);

  const fail = (found: FieldError) => {
    setErrors([found]);
    setAttempt((n) => n + 1);
    setResult(null);
  };

  const verify = async (text: string) => {
    const typed = text.trim();
    if (typed === '') return fail({ fieldId: TOKEN_FIELD, message: t.verify.tokenMissing });
    if (busy) return;
    setBusy(true);
    setErrors([]);
    setFailure(null);
    try {
      setResult(await verifyEcardToken(typed));
      setChecks((n) => n + 1);
      // A handheld scanner types the next code over this one.
      field.current?.select();
    } catch (caught) {
      setResult(null);
      setFailure(toApiFailure(caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void verify(token);
  };

  const readPhoto = async (event: ChangeEvent<HTMLInputElement>) => {
    const photo = event.target.files?.[0];
    event.target.value = '';
    if (!photo) return;
    const text = await readQrPhoto(photo);
    if (text === null) return fail({ fieldId: PHOTO_FIELD, message: t.verify.photoUnreadable });
    setToken(text);
    await verify(text);
  };

  const next = () => {
    setToken('');
    setResult(null);
    field.current?.focus();
  };

  const tokenError = errors.find((e) => e.fieldId === TOKEN_FIELD)?.message;
  const photoError = errors.find((e) => e.fieldId === PHOTO_FIELD)?.message;
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.verify.title}
      </h1>
      <p className="lead">{t.verify.intro}</p>
      <div role="status" className="verify-result">
        {result && <VerificationResult key={checks} result={result} onNext={next} />}
      </div>
      {failure && <ApiProblem failure={failure} onRetry={() => void verify(token)} />}
      <form onSubmit={submit} noValidate className="verify-form">
        <div className={tokenError ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor={TOKEN_FIELD}>
            {t.verify.token}
          </label>
          <p className="hint" id={`${TOKEN_FIELD}-hint`}>
            {t.verify.tokenHint}
          </p>
          {tokenError && <FieldErrorMessage id={`${TOKEN_FIELD}-error`} message={tokenError} />}
          <input
            ref={field}
            className={tokenError ? 'text-input text-input--error' : 'text-input'}
            id={TOKEN_FIELD}
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={`${TOKEN_FIELD}-hint${tokenError ? ` ${TOKEN_FIELD}-error` : ''}`}
            aria-invalid={tokenError ? true : undefined}
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </div>
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {t.verify.submit}
        </button>
      </form>
      <div className={photoError ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={PHOTO_FIELD}>
          {t.verify.photo}
        </label>
        <p className="hint" id={`${PHOTO_FIELD}-hint`}>
          {t.verify.photoHint}
        </p>
        {photoError && <FieldErrorMessage id={`${PHOTO_FIELD}-error`} message={photoError} />}
        <input
          className="file-input"
          id={PHOTO_FIELD}
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby={`${PHOTO_FIELD}-hint${photoError ? ` ${PHOTO_FIELD}-error` : ''}`}
          onChange={(event) => void readPhoto(event)}
        />
      </div>
    </>
  );
}
