import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { numberSeparators } from '../lib/format';

/**
 * Integer rupiah input: "Rp" prefix, thousands separated with '.' in Bahasa Indonesia (',' in
 * English), no decimals, no negatives, numeric keyboard on phones.
 */
export function RupiahInput(props: NumberInputProps) {
  const { i18n } = useTranslation();
  return (
    <NumberInput
      {...numberSeparators(i18n.language)}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      hideControls
      inputMode="numeric"
      leftSection="Rp"
      leftSectionPointerEvents="none"
      {...props}
    />
  );
}
