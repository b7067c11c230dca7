import { useEffect, useState } from 'react';

const storageKey = 'shebao.elderMode';

/** Whether elder-friendly mode (长辈模式) was turned on in an earlier visit. */
export function storedElderMode(): boolean {
  try {
    return localStorage.getItem(storageKey) === 'on';
  } catch {
    return false;
  }
}

/** Larger text and higher contrast come from the `elder` class on `<html>` (styles/elder.css). */
export function applyElderMode(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
  try {
    localStorage.setItem(storageKey, on ? 'on' : 'off');
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

/** The elder-friendly mode switch, remembered between visits. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(storedElderMode);
  useEffect(() => applyElderMode(on), [on]);
  return [on, setOn];
}
