import { Link } from 'react-router';
import { usePageHeading } from '../components/use-page-heading.ts';
import { useT } from '../i18n/language-context.tsx';

/** Any address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  const heading = usePageHeading(t.notFound.title);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.notFound.title}
      </h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link to="/">{t.common.home}</Link>
      </p>
    </>
  );
}
