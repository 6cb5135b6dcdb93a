import { Anchor, Badge, List, NumberInput, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { formatDate, formatNumber } from '../../lib/format';
import { useTenantCode } from '../auth/session';
import { ALERT_KINDS } from './constants';
import { useAlerts } from './followup.api';
import type { AlertKind, AlertView } from './followup.types';
import { readDropPercent, worklistSearch } from './worklistParams';
import { BackToWorklist } from './BackToWorklist';

/** Entries shown per kind; the rest are reached through the worklist. */
const SHOWN = 50;

function AlertLine({ a }: { a: AlertView }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const where = a.kecamatanName ?? '';
  if (a.kind === 'backlog') {
    return (
      <Stack gap={2}>
        <Anchor component={Link} to={`/followup${worklistSearch({ kecamatan: a.kecamatanCode ?? '', state: 'overdue' })}`} fw={600}>
          {t('followup.alerts.backlogLine', { kecamatan: where, n: formatNumber(a.value, lng) })}
        </Anchor>
        <Text size="sm" c="dimmed">
          {a.assistants.length > 0 ? t('followup.alerts.assistants', { names: a.assistants.join(', ') }) : t('followup.alerts.noAssistant')}
        </Text>
      </Stack>
    );
  }
  const detail =
    a.kind === 'overdue'
      ? t('followup.alerts.overdueLine', { count: a.value })
      : a.kind === 'closed'
        ? t('followup.alerts.closedLine', { date: formatDate(a.since, lng) })
        : t('followup.alerts.dropLine', { pct: formatNumber(a.value, lng) });
  return (
    <Stack gap={2}>
      {a.businessId ? (
        <Anchor component={Link} to={`/businesses/${a.businessId}`} fw={600}>
          {a.businessName}
        </Anchor>
      ) : (
        <Text fw={600}>{a.businessName}</Text>
      )}
      <Text size="sm">
        {detail}
        {where && ` · ${where}`}
      </Text>
    </Stack>
  );
}

/**
 * "Peringatan" (/followup/alerts): overdue follow-ups, businesses that closed, sales that fell by more than a
 * chosen percentage (?drop=, default 30) and kecamatan whose assistants' backlog grows. Each entry links to
 * the business or to the worklist filtered. Test ids: `alerts-drop`, `alerts-<kind>` sections, `alert-row` (with `data-kind`), `alerts-none`.
 */
export default function AlertsPage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const [search, setSearch] = useSearchParams();
  const drop = readDropPercent(search);
  const [debounced] = useDebouncedValue(drop, 400);
  const alerts = useAlerts(kw, debounced);
  const byKind = (kind: AlertKind) => alerts.data?.items.filter((a) => a.kind === kind) ?? [];

  return (
    <Stack gap="md" maw={900}>
      <BackToWorklist />
      <div>
        <PageTitle text={t('followup.alerts.title')} />
        <Text c="dimmed">{t('followup.alerts.subtitle')}</Text>
      </div>
      <NumberInput
        label={t('followup.alerts.dropLabel')}
        description={t('followup.alerts.dropHint')}
        value={drop}
        onChange={(v) => {
          const n = typeof v === 'number' ? v : Number(v);
          if (Number.isInteger(n) && n >= 1 && n <= 100) setSearch((p) => ({ ...Object.fromEntries(p), drop: String(n) }), { replace: true });
        }}
        min={1}
        max={100}
        allowDecimal={false}
        allowNegative={false}
        suffix="%"
        w={220}
        data-testid="alerts-drop"
      />
      {alerts.isPending ? (
        <PageLoader />
      ) : alerts.isError ? (
        <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : alerts.data.items.length === 0 ? (
        <Text c="dimmed" data-testid="alerts-none">
          {t('followup.alerts.none')}
        </Text>
      ) : (
        ALERT_KINDS.map((kind) => {
          const items = byKind(kind);
          return (
            <Section
              key={kind}
              title={t(`followup.alerts.kind.${kind}`)}
              testId={`alerts-${kind}`}
              actions={<Badge color={items.length > 0 ? 'red' : 'gray'} variant="light">{formatNumber(items.length, i18n.language)}</Badge>}
            >
              {items.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('followup.alerts.noneOfKind')}
                </Text>
              ) : (
                <List listStyleType="none" spacing="sm" p={0}>
                  {items.slice(0, SHOWN).map((a, i) => (
                    <List.Item key={`${a.businessId ?? a.kecamatanCode}-${i}`} data-testid="alert-row" data-kind={a.kind}>
                      <AlertLine a={a} />
                    </List.Item>
                  ))}
                </List>
              )}
              {items.length > SHOWN && (
                <Anchor component={Link} to={`/followup${worklistSearch({ state: 'overdue' })}`} size="sm">
                  {t('followup.alerts.more', { n: formatNumber(items.length - SHOWN, i18n.language) })}
                </Anchor>
              )}
            </Section>
          );
        })
      )}
    </Stack>
  );
}
