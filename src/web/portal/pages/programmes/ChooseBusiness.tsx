import { type FormEvent, useId, useState } from 'react';
import type { PortalBusiness } from '../../api/types';
import { useT } from '../../i18n';

interface Props {
  businesses: PortalBusiness[];
  pending: boolean;
  onChoose: (businessId: string) => void;
  onCancel: () => void;
}

/** "Daftar dengan usaha yang mana?": one big radio per business, then "Kirim pendaftaran". */
export function ChooseBusiness({ businesses, pending, onChoose, onCancel }: Props) {
  const { t } = useT();
  const name = useId();
  const [chosen, setChosen] = useState(businesses[0]?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) onChoose(chosen);
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend className="legend">{t('programmes.chooseBusiness')}</legend>
        {businesses.map((b) => (
          <label key={b.id} className="choice">
            <input type="radio" name={name} value={b.id} checked={chosen === b.id} onChange={() => setChosen(b.id)} data-testid="apply-business" />
            {b.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={pending || !chosen} data-testid="apply-send">
        {pending ? t('common.sending') : t('programmes.send')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
