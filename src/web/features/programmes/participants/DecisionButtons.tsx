import { Alert, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { DecisionAction, ParticipantView } from '../../../api/types';
import { errorMessage } from '../../../lib/messages';
import { actionsFor, needsOverride } from '../decisions';
import { useDecideParticipant } from '../participants.api';
import { OverrideModal } from './OverrideModal';

const LOOK: Record<DecisionAction, { color: string; variant: string; Icon: typeof IconCheck }> = {
  accept: { color: 'green', variant: 'filled', Icon: IconCheck },
  waitlist: { color: 'orange', variant: 'light', Icon: IconClock },
  reject: { color: 'red', variant: 'light', Icon: IconX },
  withdraw: { color: 'gray', variant: 'default', Icon: IconBan },
};

/**
 * Terima / Daftar tunggu / Tolak / Batalkan, sent with the version shown. Accepting an ineligible candidate
 * first asks for an override reason (also when the server answers 422 overrideRequired); a full batch (409
 * batchFull) and other refusals are explained on the card. Test ids: `participant-accept`, `participant-waitlist`,
 * `participant-reject`, `participant-withdraw`, `participant-error` (with `data-code`).
 */
export function DecisionButtons({ kw, p, batchCompleted }: { kw: string; p: ParticipantView; batchCompleted: boolean }) {
  const { t } = useTranslation();
  const decide = useDecideParticipant(kw);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const actions = actionsFor(p.status, batchCompleted);
  if (actions.length === 0) return null;

  const send = (action: DecisionAction, overrideReason?: string) => {
    setError(null);
    decide.mutate(
      { participantId: p.id, body: { action, version: p.version, ...(overrideReason ? { overrideReason } : {}) } },
      {
        onSuccess: (saved) => {
          setOverrideOpen(false);
          notifications.show({ color: 'green', message: t(`programmes.decision.done.${action}`, { name: saved.businessName }) });
        },
        onError: (e) => {
          if (isApiError(e, 422) && e.messageKey === 'errors.programme.overrideRequired' && !overrideReason) {
            setOverrideOpen(true);
            return;
          }
          // A refused reason stays in the dialog; anything else (e.g. 409 batchFull) shows on the card.
          if (!(overrideReason && isApiError(e, 422))) setOverrideOpen(false);
          setError(e);
        },
      },
    );
  };
  const click = (action: DecisionAction) => (needsOverride(p, action) ? setOverrideOpen(true) : send(action));
  const code = isApiError(error) ? error.messageKey : error ? 'errors.generic' : '';

  return (
    <>
      {error !== null && !overrideOpen && (
        <Alert color={isApiError(error, 409) ? 'orange' : 'red'} role="alert" data-testid="participant-error" data-code={code}>
          {errorMessage(t, error)}
        </Alert>
      )}
      <Group gap="xs" justify="flex-end">
        {actions.map((action) => {
          const { color, variant, Icon } = LOOK[action];
          return (
            <Button
              key={action}
              color={color}
              variant={variant}
              leftSection={<Icon size={16} aria-hidden />}
              loading={decide.isPending && decide.variables?.body.action === action && !overrideOpen}
              disabled={decide.isPending}
              onClick={() => click(action)}
              aria-label={t(`programmes.decision.aria.${action}`, { name: p.businessName })}
              data-testid={`participant-${action}`}
            >
              {t(`programmes.decision.${action}`)}
            </Button>
          );
        })}
      </Group>
      <OverrideModal
        opened={overrideOpen}
        name={p.businessName}
        loading={decide.isPending}
        error={overrideOpen && error !== null ? errorMessage(t, error) : null}
        onClose={() => setOverrideOpen(false)}
        onConfirm={(reason) => send('accept', reason)}
      />
    </>
  );
}
