import { useT } from '../i18n/language-context.tsx';

/** Says plainly that the agencies shown are demo data. */
export function Footer() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>{t.footer.demoData}</strong>
        </p>
        <p>{t.footer.hotline}</p>
        <p>{t.footer.openSource}</p>
      </div>
    </footer>
  );
}
