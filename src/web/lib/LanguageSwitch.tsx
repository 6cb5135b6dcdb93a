import { createPortal } from 'react-dom';

/** Props of {@link LanguageSwitch}; texts come translated by the app that renders it. */
export interface LanguageSwitchProps {
  /** The language shown now; the button offers the other one. */
  lang: 'id' | 'en';
  onSwitch: (next: 'id' | 'en') => void;
  /** Accessible name ("Ganti bahasa") and the visible target ("EN"). */
  label: string;
  targetText: string;
  testId: string;
}

/**
 * The light apps' language switch (owner portal, field app), rendered into the static header's
 * #shell-actions, whose space the HTML reserves so nothing shifts when it appears. It shows the
 * language it switches to.
 */
export function LanguageSwitch({ lang, onSwitch, label, targetText, testId }: LanguageSwitchProps) {
  const target = document.getElementById('shell-actions');
  if (!target) return null;
  const next = lang === 'en' ? 'id' : 'en';
  return createPortal(
    <button type="button" className="lang" lang={next} aria-label={label} onClick={() => onSwitch(next)} data-testid={testId}>
      {targetText}
    </button>,
    target,
  );
}
