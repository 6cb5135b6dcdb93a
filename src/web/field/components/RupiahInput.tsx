import { type ChangeEvent, type InputHTMLAttributes, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n';
import { caretAfterDigits, groupDigits, rupiahDigits } from '../lib/rupiah';

type RupiahInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The digits typed ('' = nothing). */
  value: string;
  onChange: (digits: string) => void;
};

/**
 * Integer rupiah with the numeric keyboard: digits only, grouped by thousands while typing
 * ("1.500.000"), the caret kept after the digit it was after.
 */
export function RupiahInput({ value, onChange, ...rest }: RupiahInputProps) {
  const { lang } = useT();
  const ref = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const shown = groupDigits(value, lang);

  useLayoutEffect(() => {
    const input = ref.current;
    if (input && caret.current !== null && document.activeElement === input) {
      const at = caretAfterDigits(shown, caret.current);
      input.setSelectionRange(at, at);
    }
    caret.current = null;
  }, [shown]);

  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const raw = e.target.value;
    const before = raw.slice(0, e.target.selectionStart ?? raw.length);
    caret.current = rupiahDigits(before, lang).length;
    onChange(rupiahDigits(raw, lang));
  };

  return (
    <div className="rupiah">
      <span aria-hidden="true">Rp</span>
      <input {...rest} ref={ref} type="text" inputMode="numeric" autoComplete="off" value={shown} onChange={change} />
    </div>
  );
}
