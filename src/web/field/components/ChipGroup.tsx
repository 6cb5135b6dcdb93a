import { toggle } from '../lib/checkin-form';

interface ChipGroupProps<T extends string> {
  legend: string;
  hint?: string;
  options: readonly T[];
  value: readonly T[];
  label: (option: T) => string;
  onChange: (value: T[]) => void;
  testId?: string;
}

/** Several choices as large tappable chips (real checkboxes, so they are read and toggled like any). */
export function ChipGroup<T extends string>({ legend, hint, options, value, label, onChange, testId }: ChipGroupProps<T>) {
  return (
    <fieldset data-testid={testId}>
      <legend className="legend">{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="chips">
        {options.map((option) => (
          <label key={option} className="choice">
            <input type="checkbox" checked={value.includes(option)} onChange={() => onChange(toggle(value, option, options))} value={option} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
