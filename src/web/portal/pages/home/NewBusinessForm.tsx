import { type FormEvent, useState } from 'react';
import { useNewBusiness, useRegions } from '../../api/portal';
import { Field } from '../../components/Field';
import { LoadError, Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { required, useFormProblems } from '../../lib/form';
import { isNik, normaliseNik, parseYear } from '../../lib/input';
import { GENDERS, SECTORS } from '../../lib/options';
import { useT } from '../../i18n';

type Values = { businessName: string; sector: string; kecamatanCode: string; desaCode: string; address: string; startYear: string; nik: string; gender: string };

/**
 * "Daftarkan usaha baru" for an owner the registry does not know: only what the office needs to find
 * and verify the business. Native selects: the phone's own picker is the easiest list to use.
 */
export function NewBusinessForm({ kw, nik, onCancel }: { kw: string; nik: string; onCancel: () => void }) {
  const { t } = useT();
  const regions = useRegions(kw);
  const save = useNewBusiness(kw);
  const problems = useFormProblems({ kecamatan: 'kecamatanCode', desa: 'desaCode' });
  const [v, setV] = useState<Values>({ businessName: '', sector: '', kecamatanCode: '', desaCode: '', address: '', startYear: '', nik, gender: '' });
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));

  if (regions.isPending) return <Loading />;
  if (regions.isError) return <LoadError error={regions.error} retry={() => void regions.refetch()} />;
  const desas = regions.data.kecamatan.find((k) => k.code === v.kecamatanCode)?.desa ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const year = parseYear(v.startYear);
    const ok = problems.check({
      businessName: v.businessName.trim().length >= 2 ? null : { key: 'validation.required', params: {} },
      sector: required(v.sector),
      kecamatanCode: required(v.kecamatanCode),
      desaCode: required(v.desaCode),
      startYear: Number.isNaN(year) ? { key: 'validation.start_year.format', params: {} } : year && year > new Date().getFullYear() ? { key: 'validation.start_year.future', params: {} } : null,
      nik: v.nik && !isNik(v.nik) ? { key: 'validation.nik16', params: {} } : null,
    });
    if (!ok) return;
    save.mutate(
      {
        businessName: v.businessName.trim(),
        sector: v.sector as (typeof SECTORS)[number],
        kecamatanCode: v.kecamatanCode,
        desaCode: v.desaCode,
        address: v.address.trim() || null,
        startYear: year,
        nik: v.nik || null,
        gender: v.gender ? (v.gender as 'L' | 'P') : null,
      },
      { onError: problems.fromError },
    );
  };

  const select = (name: 'sector' | 'kecamatanCode' | 'desaCode', label: string, options: { value: string; label: string }[], patch: (value: string) => Partial<Values>, placeholder = t('business.pick')) => (
    <Field label={label} error={problems.fieldText(name)}>
      {(w) => (
        <select {...w} value={v[name]} onChange={(e) => set(patch(e.target.value))} disabled={options.length === 0} data-testid={`business-${name}`}>
          <option value="">{options.length === 0 ? t('business.pickKecamatanFirst') : placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const text = (name: 'businessName' | 'address' | 'startYear', label: string, extra: { optional?: boolean; hint?: string; inputMode?: 'numeric' } = {}) => (
    <Field label={label} hint={extra.hint} optional={extra.optional} error={problems.fieldText(name)}>
      {(w) => <input {...w} inputMode={extra.inputMode} value={v[name]} onChange={(e) => set({ [name]: e.target.value })} data-testid={`business-${name}`} />}
    </Field>
  );

  return (
    <form ref={problems.formRef} onSubmit={submit} noValidate className="card">
      <h2>{t('business.title')}</h2>
      <p>{t('business.intro')}</p>
      {text('businessName', t('business.name'))}
      {select('sector', t('business.sector'), SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) })), (sector) => ({ sector }))}
      {select('kecamatanCode', t('business.kecamatan'), regions.data.kecamatan.map((k) => ({ value: k.code, label: k.name })), (kecamatanCode) => ({ kecamatanCode, desaCode: '' }))}
      {select('desaCode', t('business.desa'), desas.map((d) => ({ value: d.code, label: d.name })), (desaCode) => ({ desaCode }))}
      {text('address', t('business.address'), { optional: true })}
      {text('startYear', t('business.startYear'), { optional: true, hint: t('business.startYearHint'), inputMode: 'numeric' })}
      <Field label={t('business.nik')} hint={t('home.nikHint')} optional error={problems.fieldText('nik')}>
        {(w) => <input {...w} inputMode="numeric" value={v.nik} onChange={(e) => set({ nik: normaliseNik(e.target.value) })} data-testid="business-nik" />}
      </Field>
      <fieldset>
        <legend className="legend">
          {t('business.gender')} <span className="muted">({t('common.optional')})</span>
        </legend>
        {GENDERS.map((g) => (
          <label key={g} className="choice">
            <input type="radio" name="gender" value={g} checked={v.gender === g} onChange={() => set({ gender: g })} data-testid={`business-gender-${g}`} />
            {t(`business.gender${g}`)}
          </label>
        ))}
      </fieldset>
      {problems.generalText && <Notice tone="bad">{problems.generalText}</Notice>}
      <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="business-submit">
        {save.isPending ? t('common.sending') : t('business.submit')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
