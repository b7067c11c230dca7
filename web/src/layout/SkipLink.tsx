import { useT } from '../i18n/language-context.tsx';

/** The first link on every page: straight past the header to the page's own content. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        // Focus <main> directly instead of adding "#main" to the address the router keeps.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {useT().skipLink}
    </a>
  );
}
