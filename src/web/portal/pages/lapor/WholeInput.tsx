import { type InputHTMLAttributes, useLayoutEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { caretAfterDigits, groupDigits, wholeDigits } from '../../lib/amount';

type WholeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** Digits only ("" = empty). */
  digits: string;
  onDigits: (digits: string) => void;
  maxDigits: number;
  /** Shown before the number, outside the text (e.g. "Rp"), so the digit keypad never has to type it. */
  prefix?: string;
};

/**
 * A whole number typed on the phone's digit keypad and shown grouped by thousands as it is typed
 * ("120.000.000"): an extra or missing zero is then visible. Pasted "Rp 1.500.000" keeps its digits;
 * the caret stays where the owner was typing.
 */
export function WholeInput({ digits, onDigits, maxDigits, prefix, ...rest }: WholeInputProps) {
  const { lang } = useT();
  const ref = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const shown = groupDigits(digits, lang);

  useLayoutEffect(() => {
    if (caret.current === null || document.activeElement !== ref.current) return;
    const at = caretAfterDigits(shown, caret.current);
    ref.current?.setSelectionRange(at, at);
    caret.current = null;
  }, [shown]);

  const input = (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={shown}
      onChange={(e) => {
        const { value, selectionStart } = e.target;
        caret.current = wholeDigits(value.slice(0, selectionStart ?? value.length), maxDigits).length;
        onDigits(wholeDigits(value, maxDigits));
      }}
    />
  );
  if (!prefix) return input;
  return (
    <div className="prefixed">
      <span aria-hidden="true">{prefix}</span>
      {input}
    </div>
  );
}
