/**
 * Word lists, shares and name builders for the synthetic demo registry (demo-data.ts). Sundanese-flavoured,
 * because the demo regency is Kabupaten Bandung; generic enough to pass for any West Java regency.
 * Everything is invented: given and family names are combined at random, and pairs that would name a
 * well-known public figure are listed in DENIED_NAMES and never produced.
 */
import type { SALES_CHANNELS, SECTORS } from '../registry/registry.table';

export type Sector = (typeof SECTORS)[number];

/** A uniform random number in [0, 1), from the caller's seeded PRNG. */
export type Rng = () => number;
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const two = (n: number) => String(n).padStart(2, '0');

export const MALE_GIVEN = [
  'Asep', 'Ujang', 'Dede', 'Dadang', 'Cecep', 'Iwan', 'Agus', 'Yayat', 'Ade', 'Engkus', 'Jajang', 'Wawan', 'Dodi',
  'Aep', 'Encep', 'Deden', 'Tatang', 'Usep', 'Rahmat', 'Hendra', 'Budi', 'Eko', 'Joko', 'Slamet', 'Rudi', 'Irfan',
  'Rizki', 'Fajar', 'Galih', 'Dicky', 'Nandang', 'Ikin', 'Oman', 'Endang', 'Undang', 'Ayi', 'Ukat', 'Odang', 'Ajat',
  'Acep', 'Rohmat', 'Heri', 'Yudi', 'Opik', 'Wahyu', 'Dani', 'Gilang', 'Ilham', 'Rendi', 'Bayu', 'Firman', 'Entis',
] as const;

export const FEMALE_GIVEN = [
  'Euis', 'Imas', 'Neneng', 'Iis', 'Yuyun', 'Entin', 'Enok', 'Cucu', 'Nining', 'Ai', 'Rina', 'Siti', 'Lilis', 'Popon',
  'Teti', 'Yeni', 'Wati', 'Dewi', 'Sri', 'Tuti', 'Nia', 'Nurul', 'Elis', 'Enung', 'Eti', 'Titin', 'Yati', 'Oneng',
  'Eneng', 'Dedeh', 'Ela', 'Nenden', 'Rini', 'Ratna', 'Santi', 'Wulan', 'Rika', 'Intan', 'Putri', 'Anisa', 'Fitri',
  'Mela', 'Tika', 'Dian', 'Sinta', 'Lina', 'Ani', 'Mimin', 'Onih', 'Iyah', 'Enih', 'Atikah',
] as const;

export const MALE_FAMILY = [
  'Saepudin', 'Suherman', 'Hidayat', 'Rohman', 'Sopandi', 'Permana', 'Setiawan', 'Ruhiyat', 'Sutisna', 'Nugraha',
  'Sudrajat', 'Hermawan', 'Ramdani', 'Firmansyah', 'Maulana', 'Kurniawan', 'Sobari', 'Rusmana', 'Suryana', 'Hamdani',
  'Jaelani', 'Iskandar', 'Sumarna', 'Wijaya', 'Pratama', 'Sukmana', 'Abdullah', 'Mulyawan', 'Somantri', 'Rustandi',
  'Kusnadi', 'Nurjaman', 'Gumilar', 'Darmawan', 'Sanusi', 'Ruslan',
] as const;

export const FEMALE_FAMILY = [
  'Rohayati', 'Kurniasih', 'Hasanah', 'Nurjanah', 'Rahmawati', 'Susilawati', 'Komalasari', 'Sulastri', 'Marlina',
  'Yuliani', 'Handayani', 'Mulyani', 'Purnamasari', 'Sumiati', 'Rosita', 'Kartika', 'Lestari', 'Nurhayati', 'Maryati',
  'Suryani', 'Ningsih', 'Fatimah', 'Juariah', 'Aisyah', 'Rukmini', 'Wulandari', 'Anggraeni', 'Herawati', 'Setiawati',
  'Solihah', 'Saadah', 'Julaeha', 'Nuraeni', 'Rostika', 'Permatasari', 'Oktaviani',
] as const;

/** Lower-cased "given family" pairs that belong to public figures; the generator skips to the next family name. */
export const DENIED_NAMES: ReadonlySet<string> = new Set(['dewi lestari', 'sri mulyani', 'dede yusuf', 'dedi mulyadi']);

/** How neighbours name a business after its owner: older owners get the respectful forms. */
export const HONORIFICS = {
  L: { older: ['Pak', 'Abah', 'Mang'], younger: ['Kang', 'Aa', 'Mang', 'Pak'] },
  P: { older: ['Bu', 'Ibu', 'Ceu', 'Bi'], younger: ['Teh', 'Bu', 'Ceu'] },
} as const;

/** Hamlet (kampung) names for addresses: common Sundanese toponyms, not tied to any real desa. */
export const KAMPUNG = [
  'Cibodas', 'Cikoneng', 'Cipeujeuh', 'Babakan', 'Sukamaju', 'Sukamulya', 'Cijeruk', 'Pasirjati', 'Cisalak', 'Ciburial',
  'Legok', 'Cigentur', 'Bojong', 'Cipaku', 'Sindangsari', 'Margamulya', 'Neglasari', 'Cigugur', 'Cibeureum', 'Cilame',
  'Pasirhuni', 'Sukasari', 'Sirnagalih', 'Cikadu', 'Leuwigajah', 'Pangkalan', 'Cibiru Hilir', 'Sukajadi', 'Tanjungsari',
  'Cimanggu', 'Pasanggrahan', 'Rancamanyar',
] as const;

/** Words offices see after a product name ("Toko Kelontong Berkah", "Batik Sekar Arum"). */
export const BRAND_WORDS = [
  'Berkah', 'Barokah', 'Mandiri', 'Jaya', 'Makmur', 'Sejahtera', 'Lestari', 'Sekar Arum', 'Sari Rasa', 'Mekar Sari',
  'Saluyu', 'Sauyunan', 'Rahayu', 'Sinar Harapan', 'Putra', 'Putri', 'Mulya', 'Amanah', 'Cahaya', 'Harapan Jaya',
  'Sugih Mukti', 'Wargi', 'Pusaka', 'Sabilulungan', 'Kembang Kopi', 'Rizki Abadi', 'Sinar Jaya', 'Dua Saudara',
] as const;

/**
 * One kind of business in the catalogue. `kbli` is a KBLI 2020 five-digit code chosen as representative
 * (null where offices usually leave it empty); `food` marks products that need PIRT/halal paperwork
 * (packaged) or halal only (served); `personal` products are usually named after the owner.
 */
export interface Product {
  label: string;
  kbli: string | null;
  food?: 'packaged' | 'served';
  personal?: boolean;
  brands?: readonly string[];
}

const COFFEE_MOUNTAINS = ['Malabar', 'Puntang', 'Patuha', 'Manglayang', 'Kamojang', 'Wayang'] as const;

export const CATALOGUE: Record<Sector, readonly Product[]> = {
  kuliner: [
    { label: 'Keripik Tempe', kbli: '10794', food: 'packaged', personal: true },
    { label: 'Keripik Singkong', kbli: '10794', food: 'packaged', personal: true },
    { label: 'Opak', kbli: '10794', food: 'packaged', personal: true },
    { label: 'Rengginang', kbli: '10794', food: 'packaged', personal: true },
    { label: 'Basreng', kbli: '10794', food: 'packaged' },
    { label: 'Kerupuk Aci', kbli: '10794', food: 'packaged' },
    { label: 'Dodol', kbli: '10796', food: 'packaged' },
    { label: 'Kue Basah', kbli: '10792', food: 'packaged', personal: true },
    { label: 'Roti', kbli: '10710', food: 'packaged' },
    { label: 'Kopi', kbli: '10761', food: 'packaged', brands: COFFEE_MOUNTAINS },
    { label: 'Peuyeum', kbli: '10799', food: 'packaged', personal: true },
    { label: 'Sambal', kbli: '10799', food: 'packaged', personal: true },
    { label: 'Warung Nasi', kbli: '56102', food: 'served', personal: true },
    { label: 'Rumah Makan Sunda', kbli: '56101', food: 'served' },
    { label: 'Seblak', kbli: '56103', food: 'served', personal: true },
    { label: 'Baso', kbli: '56103', food: 'served', personal: true },
    { label: 'Cireng', kbli: '56104', food: 'served', personal: true },
    { label: 'Surabi', kbli: '56104', food: 'served', personal: true },
    { label: 'Kedai Kopi', kbli: '56303', food: 'served' },
    { label: 'Katering', kbli: '56210', food: 'served', personal: true },
  ],
  perdagangan: [
    { label: 'Toko Kelontong', kbli: '47112' },
    { label: 'Warung Sembako', kbli: '47112', personal: true },
    { label: 'Warung', kbli: '47112', personal: true },
    { label: 'Minimarket', kbli: '47111' },
    { label: 'Toko Pakaian', kbli: '47711' },
    { label: 'Olshop', kbli: '47919', personal: true },
    { label: 'Frozen Food', kbli: '47911', personal: true },
    { label: 'Konter Pulsa', kbli: null },
    { label: 'Toko Sayur', kbli: null, personal: true },
  ],
  jasa: [
    { label: 'Bengkel Motor', kbli: '45405', personal: true },
    { label: 'Bengkel Las', kbli: '25920' },
    { label: 'Pangkas Rambut', kbli: '96111', personal: true },
    { label: 'Salon', kbli: '96112', personal: true },
    { label: 'Laundry', kbli: '96200' },
    { label: 'Fotokopi', kbli: '82190' },
    { label: 'Servis Elektronik', kbli: '95210', personal: true },
    { label: 'Servis HP', kbli: '95120' },
  ],
  fashion: [
    { label: 'Konveksi', kbli: '14111' },
    { label: 'Batik', kbli: '13134' },
    { label: 'Kerudung', kbli: '14111' },
    { label: 'Sepatu', kbli: '15201' },
    { label: 'Jahit', kbli: '14111', personal: true },
  ],
  kriya: [
    { label: 'Anyaman Bambu', kbli: '16291', personal: true },
    { label: 'Kerajinan Bambu', kbli: '16291' },
    { label: 'Ukiran Kayu', kbli: '16294' },
    { label: 'Wayang Golek', kbli: '16294', personal: true },
    { label: 'Mebel', kbli: '31001' },
  ],
  agribisnis: [
    { label: 'Budidaya Jamur', kbli: '01136' },
    { label: 'Kebun Sayur', kbli: '01131', personal: true },
    { label: 'Tani Tomat', kbli: '01133' },
    { label: 'Tanaman Hias', kbli: '01193' },
    { label: 'Sapi Perah', kbli: '01412', personal: true },
    { label: 'Kebun Kopi', kbli: '01270', brands: COFFEE_MOUNTAINS },
    { label: 'Kolam Ikan', kbli: null, personal: true },
  ],
  lainnya: [
    { label: 'Depot Air Minum', kbli: '11052' },
    { label: 'Sewa Tenda', kbli: null, personal: true },
    { label: 'Percetakan', kbli: null },
    { label: 'Kursus Komputer', kbli: null },
  ],
};

/** Sector shares: kuliner most common, then trade and services (office registries look like this). */
export const SECTOR_WEIGHTS: ReadonlyArray<readonly [Sector, number]> = [
  ['kuliner', 38], ['perdagangan', 24], ['jasa', 14], ['fashion', 8], ['kriya', 6], ['agribisnis', 6], ['lainnya', 4],
];

export const DORMANT_REASONS = [
  'Pemilik bekerja di pabrik', 'Modal habis', 'Pemilik sakit', 'Bahan baku mahal', 'Menunggu musim panen',
  'Pindah lokasi, belum buka lagi', 'Alat produksi rusak',
] as const;

export const CLOSED_REASONS = [
  'Bangkrut', 'Pemilik meninggal dunia', 'Pindah ke luar daerah', 'Beralih usaha', 'Kalah bersaing dengan minimarket',
  'Terdampak pandemi',
] as const;

/** Mobile operator prefixes after "+62" (Telkomsel, Indosat, XL, Tri, Smartfren). */
export const MOBILE_PREFIXES = ['811', '812', '813', '821', '822', '823', '852', '853', '857', '858', '817', '818', '819', '877', '878', '896', '895', '898', '881', '882'] as const;

/** Chance that a micro business sells through each channel (demo-data adds 15 points for small and medium). */
export const CHANNEL_SHARES: Record<(typeof SALES_CHANNELS)[number], number> = {
  offline: 0.9, whatsapp: 0.55, instagram: 0.18, facebook: 0.22, tiktok: 0.1, marketplace: 0.1, ecatalogue: 0.005, reseller: 0.08,
};

/** An owner's name: given name, usually a family name, and for some older owners the hajj title. */
export function personName(r: Rng, gender: 'L' | 'P', birthYear: number): { fullName: string; given: string } {
  const given = pick(r, gender === 'P' ? FEMALE_GIVEN : MALE_GIVEN);
  const families = gender === 'P' ? FEMALE_FAMILY : MALE_FAMILY;
  let f = Math.floor(r() * families.length);
  while (DENIED_NAMES.has(`${given} ${families[f]}`.toLowerCase())) f = (f + 1) % families.length;
  const title = birthYear < 1972 && r() < 0.12 ? (gender === 'P' ? 'Hj. ' : 'H. ') : '';
  return { fullName: `${title}${given}${r() < 0.9 ? ` ${families[f]}` : ''}`, given };
}

/** "Keripik Tempe Bu Euis", "Toko Kelontong Berkah", "Peuyeum Cimenyan Saluyu"; larger firms are often a CV. */
export function businessName(
  r: Rng,
  product: Product,
  owner: { given: string; gender: 'L' | 'P'; birthYear: number },
  kecamatanName: string,
  micro: boolean,
): string {
  const style = r();
  let name: string;
  if (product.personal && style < 0.45) name = `${product.label} ${pick(r, HONORIFICS[owner.gender][owner.birthYear < 1975 ? 'older' : 'younger'])} ${owner.given}`;
  else if (style < 0.8) name = `${product.label} ${pick(r, product.brands ?? BRAND_WORDS)}`;
  else name = `${product.label} ${kecamatanName}${r() < 0.5 ? ` ${pick(r, BRAND_WORDS)}` : ''}`;
  return !micro && r() < 0.5 ? `CV ${name}` : name;
}

/** A village address as forms record it: "Kp. Cibodas RT 02/RW 05". */
export const kampungAddress = (r: Rng) => `Kp. ${pick(r, KAMPUNG)} RT ${two(1 + Math.floor(r() * 12))}/RW ${two(1 + Math.floor(r() * 15))}`;
