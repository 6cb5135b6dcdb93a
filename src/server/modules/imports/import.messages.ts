/**
 * The words of an import, in Bahasa Indonesia and English: every message a row check or the sheet
 * reader can give. Kept next to the rules (not in the web app's JSON) because the server writes them
 * into the downloadable problem report, and the web app reads the same table. Texts are written for
 * office staff fixing a spreadsheet: say which value, what was done with it, and what to change.
 * Placeholders are i18next-style {{param}}; amounts arrive already written as rupiah.
 */

type Message = { id: string; en: string };

/** Why a spreadsheet cannot be read at all (SheetError reasons), as `errors.import.<reason>`. */
const SHEET_ERRORS: Record<string, Message> = {
  empty: { id: 'Berkas kosong.', en: 'The file is empty.' },
  not_spreadsheet: { id: 'Berkas ini bukan lembar kerja Excel (.xlsx) atau CSV.', en: 'This file is not an Excel (.xlsx) or CSV spreadsheet.' },
  encrypted: { id: 'Berkas dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu unggah lagi.', en: 'The file is password-protected. Open it in Excel, remove the password, save and upload again.' },
  legacy_xls: { id: 'Format Excel lama (.xls) tidak didukung. Simpan ulang sebagai .xlsx (File → Save As → Excel Workbook).', en: 'The old Excel format (.xls) is not supported. Save it again as .xlsx (File → Save As → Excel Workbook).' },
  corrupt: { id: 'Berkas rusak atau tidak lengkap. Coba simpan ulang dari Excel lalu unggah lagi.', en: 'The file is damaged or incomplete. Save it again from Excel and upload it again.' },
  zip_bomb: { id: 'Isi berkas terlalu besar setelah dibuka dan ditolak demi keamanan.', en: 'The file expands to far more data than it claims and was refused for safety.' },
  too_large: { id: 'Berkas terlalu besar. Pecah menjadi beberapa berkas yang lebih kecil.', en: 'The file is too large. Split it into several smaller files.' },
  no_sheet: { id: 'Tidak ada lembar (sheet) berisi data di berkas ini.', en: 'The file has no sheet with data.' },
  no_header: { id: 'Baris judul kolom tidak ditemukan. Pastikan ada baris berisi judul seperti "Nama Usaha", "Nama Pemilik", "Desa".', en: 'No header row was found. Make sure one row holds column titles such as "Nama Usaha", "Nama Pemilik", "Desa".' },
};

/** Why a NIK is refused, as `import.row.nik_invalid_<reason>` (checkNik reasons, plus Excel's scientific notation). */
const NIK_REASONS: Record<string, Message> = {
  format: { id: 'NIK "{{value}}" tidak valid: harus 16 angka. Baris tidak disimpan.', en: 'NIK "{{value}}" is invalid: it must be 16 digits. The row was not stored.' },
  region: { id: 'NIK "{{value}}" tidak valid: 6 angka pertamanya bukan kode kecamatan yang ada. Baris tidak disimpan.', en: 'NIK "{{value}}" is invalid: its first 6 digits are not an existing kecamatan code. The row was not stored.' },
  birth_date: { id: 'NIK "{{value}}" tidak valid: tanggal lahir di dalamnya (angka 7–12) tidak mungkin. Baris tidak disimpan.', en: 'NIK "{{value}}" is invalid: the birth date in it (digits 7–12) is impossible. The row was not stored.' },
  serial: { id: 'NIK "{{value}}" tidak valid: 4 angka terakhirnya tidak boleh 0000. Baris tidak disimpan.', en: 'NIK "{{value}}" is invalid: its last 4 digits cannot be 0000. The row was not stored.' },
  scientific: { id: 'NIK "{{value}}" terbaca sebagai angka oleh Excel dan angka terakhirnya hilang. Format kolom NIK sebagai Teks, ketik ulang, lalu unggah lagi.', en: 'Excel read NIK "{{value}}" as a number and lost its last digits. Format the NIK column as Text, retype it and upload again.' },
};

const ROW: Record<string, Message> = {
  skipped_blank: { id: 'Baris kosong, dilewati.', en: 'Blank row, skipped.' },
  skipped_total: { id: 'Baris jumlah/total, dilewati.', en: 'Total row, skipped.' },
  nul_byte: { id: 'Sel ini memuat karakter kosong (NUL) yang tidak dapat disimpan, biasanya terbawa dari berkas lain. Ketik ulang isinya di Excel. Baris tidak disimpan.', en: 'This cell holds an empty (NUL) character that cannot be stored, usually carried over from another file. Retype its content in Excel. The row was not stored.' },
  business_name_missing: { id: 'Nama usaha kosong. Baris tidak disimpan.', en: 'The business name is empty. The row was not stored.' },
  owner_name_missing: { id: 'Nama pemilik kosong. Baris tidak disimpan.', en: "The owner's name is empty. The row was not stored." },
  kecamatan_unknown: { id: 'Kecamatan "{{value}}" tidak dikenal di wilayah ini. Baris tidak disimpan.', en: 'Kecamatan "{{value}}" is not known in this region. The row was not stored.' },
  kecamatan_ambiguous: { id: 'Kecamatan "{{value}}" bisa berarti beberapa kecamatan: {{candidates}}. Tulis lebih lengkap. Baris tidak disimpan.', en: 'Kecamatan "{{value}}" could be several: {{candidates}}. Write it in full. The row was not stored.' },
  kecamatan_guessed: { id: 'Kecamatan "{{value}}" dibaca sebagai {{name}}. Periksa bila keliru.', en: 'Kecamatan "{{value}}" was read as {{name}}. Check it if that is wrong.' },
  desa_missing: { id: 'Desa/kelurahan kosong. Baris tidak disimpan.', en: 'The desa/kelurahan is empty. The row was not stored.' },
  desa_unknown: { id: 'Desa/kelurahan "{{value}}" tidak dikenal. Baris tidak disimpan.', en: 'Desa/kelurahan "{{value}}" is not known. The row was not stored.' },
  desa_ambiguous: { id: 'Desa/kelurahan "{{value}}" ada lebih dari satu: {{candidates}}. Isi kolom kecamatan. Baris tidak disimpan.', en: 'There is more than one desa/kelurahan "{{value}}": {{candidates}}. Fill in the kecamatan column. The row was not stored.' },
  desa_guessed: { id: 'Desa/kelurahan "{{value}}" dibaca sebagai {{name}}. Periksa bila keliru.', en: 'Desa/kelurahan "{{value}}" was read as {{name}}. Check it if that is wrong.' },
  desa_other_kecamatan: { id: 'Desa/kelurahan "{{value}}" tidak ada di Kecamatan {{kecamatan}}, tetapi ada di Kecamatan {{other}}. Perbaiki desa atau kecamatannya. Baris tidak disimpan.', en: 'Desa/kelurahan "{{value}}" is not in Kecamatan {{kecamatan}} but in Kecamatan {{other}}. Correct the desa or the kecamatan. The row was not stored.' },
  gender_mismatch: { id: 'Jenis kelamin "{{value}}" berbeda dengan NIK ({{nikGender}}); dipakai yang tertulis di NIK.', en: 'Gender "{{value}}" differs from the NIK ({{nikGender}}); the NIK was used.' },
  gender_unreadable: { id: 'Jenis kelamin "{{value}}" tidak terbaca (isi L atau P); dikosongkan.', en: 'Gender "{{value}}" could not be read (use L or P); left empty.' },
  phone_invalid: { id: 'Nomor HP "{{value}}" bukan nomor Indonesia yang sah; dikosongkan.', en: 'Phone number "{{value}}" is not a valid Indonesian number; left empty.' },
  amount_unreadable: { id: 'Jumlah rupiah "{{value}}" tidak terbaca (contoh yang benar: 1.500.000 atau 1,5 jt). Baris tidak disimpan.', en: 'The rupiah amount "{{value}}" could not be read (write e.g. 1.500.000 or 1,5 jt). The row was not stored.' },
  turnover_mismatch: { id: 'Omzet per bulan (Rp {{monthly}}) dan per tahun (Rp {{yearly}}) berbeda lebih dari 20%; dipakai omzet per tahun.', en: 'Monthly turnover (Rp {{monthly}}) and yearly turnover (Rp {{yearly}}) differ by more than 20%; the yearly figure was used.' },
  workers_unreadable: { id: 'Jumlah tenaga kerja "{{value}}" tidak terbaca; dianggap tidak diisi.', en: 'The number of workers "{{value}}" could not be read; treated as empty.' },
  workers_total_mismatch: { id: 'Total tenaga kerja ({{total}}) berbeda dengan jumlah laki-laki + perempuan ({{sum}}); dipakai rinciannya.', en: 'Total workers ({{total}}) differs from men + women ({{sum}}); the breakdown was used.' },
  workers_split_guessed: { id: 'Hanya total tenaga kerja ({{total}}) yang diisi; semuanya dicatat sebagai perempuan bila pemiliknya perempuan, selain itu sebagai laki-laki (jenis kelamin pemilik: {{gender}}). Perbaiki rinciannya bila perlu.', en: "Only the total of workers ({{total}}) was given; all were recorded as women if the owner is a woman, otherwise as men (owner's gender: {{gender}}). Correct the breakdown if needed." },
  sector_unknown: { id: 'Jenis usaha "{{value}}" tidak dikenali; dicatat sebagai "lainnya".', en: 'Business type "{{value}}" was not recognised; recorded as "other".' },
  sector_missing: { id: 'Jenis usaha dan KBLI kosong; dicatat sebagai "lainnya".', en: 'Business type and KBLI are empty; recorded as "other".' },
  kbli_invalid: { id: 'KBLI "{{value}}" bukan 5 angka; dikosongkan.', en: 'KBLI "{{value}}" is not 5 digits; left empty.' },
  kbli_padded: { id: 'KBLI "{{value}}" kehilangan angka 0 di depan; dibaca sebagai {{kbli}}.', en: 'KBLI "{{value}}" lost its leading zero; read as {{kbli}}.' },
  nib_invalid: { id: 'NIB "{{value}}" bukan 13 angka; dikosongkan.', en: 'NIB "{{value}}" is not 13 digits; left empty.' },
  start_year_invalid: { id: 'Tahun berdiri "{{value}}" tidak masuk akal (1900–{{max}}); dikosongkan.', en: 'Start year "{{value}}" is not plausible (1900–{{max}}); left empty.' },
  // Said by the import check around readImportRow (scope, registry look-ups, repeats), not by the row rules.
  out_of_scope: { id: 'Kecamatan {{value}} di luar wilayah tugas Anda. Baris tidak disimpan.', en: 'Kecamatan {{value}} is outside your assigned area. The row was not stored.' },
  nib_taken: { id: 'NIB {{value}} sudah tercatat untuk usaha lain; dikosongkan.', en: 'NIB {{value}} is already recorded for another business; left empty.' },
  already_imported: { id: 'Baris ini sudah pernah diimpor; dilewati.', en: 'This row was imported before; skipped.' },
  repeated_in_file: { id: 'Sama dengan baris {{row}} di berkas ini; dilewati.', en: 'Same as row {{row}} of this file; skipped.' },
};

/** Every messageKey readImportRow (and the sheet reader's errors `errors.import.<reason>`: empty, not_spreadsheet, encrypted, legacy_xls, corrupt, zip_bomb, too_large, no_sheet, no_header) can return, in Bahasa Indonesia and English, i18next interpolation {{param}}. Both the server (downloadable report) and the web app read this. */
export const IMPORT_MESSAGES: Record<string, { id: string; en: string }> = Object.fromEntries([
  // Built from prefixes on purpose: keys are full dotted i18next paths, kept out of the web app's JSON.
  ...Object.entries(SHEET_ERRORS).map(([reason, m]) => [`errors.import.${reason}`, m] as const),
  ...Object.entries(NIK_REASONS).map(([reason, m]) => [`import.row.nik_invalid_${reason}`, m] as const),
  ...Object.entries(ROW).map(([key, m]) => [`import.row.${key}`, m] as const),
]);

/** The messages of one language as a nested i18next resource ({ import: { row: { … } } }), for `addResourceBundle`. */
export function importMessageResources(lang: 'id' | 'en'): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(IMPORT_MESSAGES)) {
    const path = key.split('.');
    let node = root;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = message[lang];
  }
  return root;
}
