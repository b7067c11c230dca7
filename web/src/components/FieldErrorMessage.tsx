import { useT } from '../i18n/language-context.tsx';

/** The message beside a field, read with the field through `aria-describedby`. */
export function FieldErrorMessage({ id, message }: { id: string; message: string }) {
  const t = useT();
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t.common.errorPrefix}</span>
      {message}
    </p>
  );
}
