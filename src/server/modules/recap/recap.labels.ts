import type { RecapLabels, RecapReport } from './recap.types';

/** Labels of the downloadable recap in the user's language (the web app translates its own screens). */
export function recapLabels(lang: 'id' | 'en', report: RecapReport): RecapLabels {
  const when = new Date(report.generatedAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  });
  if (lang === 'en') {
    return {
      title: `MSME recap per sub-district, ${report.year}`,
      demoNotice: 'DEMO DATA — synthetic businesses, not real people',
      columns: {
        no: 'No', kecamatan: 'Sub-district (kecamatan)', micro: 'Micro', microWithNib: 'Micro with NIB',
        microMovedUp: 'Micro moved up', newEntrepreneurs: 'New entrepreneurs (WUB)', small: 'Small', medium: 'Medium', total: 'Total MSMEs',
      },
      totalRow: 'Total',
      generatedAt: `Generated ${when} WIB`,
    };
  }
  return {
    title: `Rekapitulasi UMKM per Kecamatan Tahun ${report.year}`,
    demoNotice: 'DATA DEMO — usaha sintetis, bukan data orang sebenarnya',
    columns: {
      no: 'No', kecamatan: 'Kecamatan', micro: 'Usaha Mikro', microWithNib: 'Mikro ber-NIB',
      microMovedUp: 'Mikro Naik Kelas', newEntrepreneurs: 'Wirausaha Baru (WUB)', small: 'Usaha Kecil', medium: 'Usaha Menengah', total: 'Jumlah UMKM',
    },
    totalRow: 'Jumlah',
    generatedAt: `Dibuat ${when} WIB`,
  };
}
