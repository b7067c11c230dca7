import { useT } from '../../i18n/language-context.tsx';

/** What to have ready to apply, online or at the counter. */
export function PrepareList() {
  const t = useT();
  return (
    <>
      <h3>{t.result.prepareHeading}</h3>
      <ul>
        <li>{t.result.prepareId}</li>
        <li>{t.result.prepareCertificate}</li>
      </ul>
    </>
  );
}
