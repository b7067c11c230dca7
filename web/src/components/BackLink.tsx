import { Link } from 'react-router';
import { useT } from '../i18n/language-context.tsx';

/** The link to the previous question of a journey, above its heading. */
export function BackLink({ to }: { to: string }) {
  return (
    <Link className="back-link" to={to}>
      {useT().common.back}
    </Link>
  );
}
