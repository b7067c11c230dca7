import { useT } from '../i18n/language-context.tsx';
import { useElderMode } from '../preferences/elder-mode.ts';

/** Turns elder-friendly mode (长辈模式: larger text, higher contrast) on or off. */
export function ElderModeSwitch() {
  const [on, setOn] = useElderMode();
  return (
    <button type="button" className="header-button" aria-pressed={on} onClick={() => setOn(!on)}>
      {useT().header.elderMode}
    </button>
  );
}
