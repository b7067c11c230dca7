import type { FieldError } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';

/** The six digits an authenticator app shows, as typed (spaces allowed). */
export const totpDigits = (typed: string) => typed.replace(/\s/g, '');

/** What is wrong with a typed TOTP code, if anything: missing, or not six digits. */
export function totpCodeError(
  typed: string,
  texts: { totpMissing: string; totpFormat: string },
): FieldError | null {
  const code = totpDigits(typed);
  if (code === '') return { fieldId: 'totpCode', message: texts.totpMissing };
  if (!/^\d{6}$/.test(code)) return { fieldId: 'totpCode', message: texts.totpFormat };
  return null;
}

/** The question for the current code of an authenticator app (TOTP), field `totpCode`. */
export function TotpCodeField(props: {
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField id="totpCode" {...props} inputMode="numeric" autoComplete="one-time-code" short />
  );
}
