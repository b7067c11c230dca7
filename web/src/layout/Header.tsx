import { Link } from 'react-router';
import { useT } from '../i18n/language-context.tsx';
import { AccountLinks } from './AccountLinks.tsx';
import { ElderModeSwitch } from './ElderModeSwitch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The site name, the reader's display choices, and signing in or out. */
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
          <AccountLinks />
        </div>
      </div>
    </header>
  );
}
