import { Link } from 'react-router';
import { useT } from '../i18n/language-context.tsx';
import { ElderModeSwitch } from './ElderModeSwitch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The site name and the reader's display choices. */
export function Header() {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__name" to="/" aria-label={t.header.homeLink}>
          {t.siteName}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          <ElderModeSwitch />
        </div>
      </div>
    </header>
  );
}
