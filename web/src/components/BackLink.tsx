import { Link } from 'react-router';
import { useT } from '../i18n/language-context.tsx';

/** The link to the previous question of a journey, above its heading (`state`: router state). */
export function BackLink({ to, state }: { to: string; state?: unknown }) {
  return (
    <Link className="back-link" to={to} state={state}>
      {useT().common.back}
    </Link>
  );
}
