import { ChipGroup } from '../../components/ChipGroup';
import { Field } from '../../components/Field';
import { GpsField } from '../../components/GpsField';
import { PhotoField } from '../../components/PhotoField';
import { useT } from '../../i18n';
import type { CheckinForm } from '../../lib/checkin-form';
import { LICENCE_KINDS, SALES_CHANNELS, TOPICS } from '../../lib/options';

/** Everything else a visit records: products, channels, licences, problems, needs, photo, location. */
export function MoreSection({ form, set }: { form: CheckinForm; set: (patch: Partial<CheckinForm>) => void }) {
  const { t } = useT();
  return (
    <>
      <Field label={t('checkin.newProducts')} optional>
        {(w) => <textarea {...w} maxLength={500} value={form.newProducts} onChange={(e) => set({ newProducts: e.target.value })} data-testid="checkin-products" />}
      </Field>
      <ChipGroup legend={t('checkin.channels')} hint={t('checkin.pickAny')} options={SALES_CHANNELS} value={form.salesChannels} label={(c) => t(`channel.${c}`)} onChange={(salesChannels) => set({ salesChannels })} testId="checkin-channels" />
      <ChipGroup legend={t('checkin.licences')} hint={t('checkin.pickAny')} options={LICENCE_KINDS} value={form.licencesObtained} label={(l) => t(`licence.${l}`)} onChange={(licencesObtained) => set({ licencesObtained })} testId="checkin-licences" />
      <Field label={t('checkin.problems')} optional>
        {(w) => <textarea {...w} maxLength={1000} value={form.problems} onChange={(e) => set({ problems: e.target.value })} data-testid="checkin-problems" />}
      </Field>
      <ChipGroup legend={t('checkin.needs')} hint={t('checkin.pickAny')} options={TOPICS} value={form.needs} label={(n) => t(`topic.${n}`)} onChange={(needs) => set({ needs })} testId="checkin-needs" />
      <PhotoField value={form.photo} onChange={(photo) => set({ photo })} />
      <GpsField value={{ latitude: form.latitude, longitude: form.longitude }} onChange={(p) => set(p)} />
    </>
  );
}
