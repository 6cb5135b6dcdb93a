import { Badge, Group } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityReason, Regions } from '../../../api/types';
import { translateOr } from '../../../lib/messages';
import { type CodeLabels, orderReasons, reasonParams, reasonTone } from '../reasons';

const TONE = { ok: { color: 'teal', Icon: IconCheck }, fail: { color: 'red', Icon: IconX }, info: { color: 'gray', Icon: IconInfoCircle } } as const;

/** Labels for the codes reasons carry, in the current language. */
export function useCodeLabels(regions: Regions | undefined): CodeLabels {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const kecamatan = new Map((regions?.kecamatan ?? []).map((k) => [k.code, k.name]));
    return {
      scale: (c) => translateOr(t, `options.scale.${c}`, c),
      sector: (c) => translateOr(t, `options.sector.${c}`, c),
      licence: (c) => translateOr(t, `options.licenceKind.${c}`, c),
      kecamatan: (c) => kecamatan.get(c) ?? c,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- i18n.language: re-translate when the language changes
  }, [t, i18n.language, regions]);
}

/**
 * Why a candidate passes or fails screening: one chip per rule, green when met, red when not (listed first),
 * grey for information (first-time or repeat). Texts come from the reason's message key and params.
 * Test id: `participant-reason` (with `data-rule`, `data-ok`).
 */
export function EligibilityChips({ reasons, labels }: { reasons: EligibilityReason[]; labels: CodeLabels }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('programmes.participant.reasonsLabel')}>
      {orderReasons(reasons).map((reason) => {
        const { color, Icon } = TONE[reasonTone(reason)];
        return (
          <li key={reason.rule}>
            <Badge
              color={color}
              variant="light"
              radius="sm"
              tt="none"
              h="auto"
              py={4}
              leftSection={<Icon size={12} aria-hidden />}
              // Long sentences: wrap inside the card instead of the app-wide "never cut a badge" width.
              style={{ minWidth: 0, maxWidth: '100%', justifyContent: 'flex-start', textAlign: 'left' }}
              styles={{ label: { whiteSpace: 'normal', lineHeight: 1.35, fontWeight: 600, overflow: 'visible' } }}
              data-testid="participant-reason"
              data-rule={reason.rule}
              data-ok={String(reason.ok)}
            >
              {translateOr(t, reason.messageKey, reason.messageKey) === reason.messageKey
                ? t('programmes.participant.reasonUnknown', { rule: reason.rule })
                : t(reason.messageKey, reasonParams(reason, labels))}
            </Badge>
          </li>
        );
      })}
    </Group>
  );
}
