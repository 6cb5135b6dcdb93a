import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The registry search box (name, owner, NIK, NIB or phone). Typing updates the URL after 300 ms
 * of quiet so slow connections are not flooded. Test id: `registry-search`.
 */
export function RegistrySearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);

  useEffect(() => {
    if (debounced.trim() !== value) onChange(debounced.trim());
    // Only when the debounced text settles.
  }, [debounced]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    // The URL changed from elsewhere (reset, Back): show it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (value !== text.trim()) setText(value);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <TextInput
      type="search"
      label={t('registry.searchLabel')}
      placeholder={t('registry.searchPlaceholder')}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onChange(text.trim());
      }}
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={text ? <CloseButton aria-label={t('common.clear')} onClick={() => setText('')} /> : null}
      enterKeyHint="search"
      autoComplete="off"
      data-testid="registry-search"
    />
  );
}
