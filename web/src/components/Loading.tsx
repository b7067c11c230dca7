import { useT } from '../i18n/language-context.tsx';

/** Announced politely to screen readers while data loads. */
export function Loading() {
  return (
    <p className="loading" role="status">
      {useT().common.loading}
    </p>
  );
}
