import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/language-context.tsx';

/**
 * Names the page in `document.title` and, after an in-app navigation, moves focus to its `<h1>`
 * so that screen readers announce the new page. A fresh page load keeps the browser's focus.
 */
export function usePageHeading(
  title: string,
  hasError = false,
): RefObject<HTMLHeadingElement | null> {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const focusAfterNavigation = useEffectEvent(() => {
    if (key !== 'default') heading.current?.focus();
  });

  useEffect(() => {
    document.title = `${hasError ? t.common.errorPrefix : ''}${title} - ${t.siteName}`;
  }, [title, hasError, t]);

  useEffect(() => focusAfterNavigation(), []);

  return heading;
}
