import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Berdaya's Mantine theme: darker primary shades so white text on buttons keeps a 4.5:1 contrast,
 * a focus ring that is always visible (keyboard and touch users alike), comfortable touch targets.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  focusRing: 'always',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif' },
  components: {
    // One input size everywhere: 42 px high, comfortable for thumbs on cheap phones.
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    MultiSelect: { defaultProps: { size: 'md' } },
    Checkbox: { defaultProps: { size: 'md' } },
    CheckboxGroup: { defaultProps: { size: 'md' } },
    // Toasts are created outside React's translation context: a bilingual label for their close button.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Tutup / Close' } } },
  },
});

/** Darker "dimmed", placeholder and error colours: Mantine's defaults fall below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
