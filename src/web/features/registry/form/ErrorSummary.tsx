import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusField } from './fieldPaths';

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
}

/**
 * The list of problems above the form after a rejected save; each entry jumps to its input.
 * Receives focus so screen readers announce it. Test id: `form-error-summary`.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { title: string; items: SummaryItem[] }>(function ErrorSummary({ title, items }, ref) {
  const { t } = useTranslation();
  return (
    <Alert ref={ref} tabIndex={-1} color="red" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert" data-testid="form-error-summary">
      {items.length > 0 ? (
        <List size="sm" spacing={4}>
          {items.map((item, i) => (
            <List.Item key={`${item.field}-${i}`} data-field={item.field}>
              <Anchor component="button" type="button" size="sm" onClick={() => focusField(item.field)} c="red.9" fw={600}>
                {item.label}
              </Anchor>
              : {item.message}
            </List.Item>
          ))}
        </List>
      ) : (
        t('business.form.clientCheckNote')
      )}
    </Alert>
  );
});
