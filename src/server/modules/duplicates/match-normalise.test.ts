import { describe, expect, it } from 'vitest';
import { canonicalBusinessName, canonicalPersonName } from './match-normalise';

describe('canonicalBusinessName', () => {
  it.each([
    ['Tk. Kelontong Berkah', 'toko kelontong berkah'],
    ['TOKO KELONTONG BERKAH', 'toko kelontong berkah'],
    ['Kripik Tempe Bu Euis', 'keripik tempe euis'],
    ['Keripik Tempe Ibu Euis', 'keripik tempe euis'],
    ['Keripik Tempe Euis', 'keripik tempe euis'],
    ['KRIIIPIK   Singkong!!', 'keripik singkong'],
    ['Wr. Nasi Mak Siti', 'warung nasi siti'],
    ['Warung Nasi Bunda Siti', 'warung nasi siti'],
    ['CV. Berkah Jaya', 'berkah jaya'],
    ['Berkah Jaya, UD', 'berkah jaya'],
    ['PT Sinar Harapan Tbk', 'sinar harapan'],
    ['Kueh Basah Teh Nia', 'kue basah nia'],
    ['Baso Mang Ujang', 'bakso ujang'],
    ['Snek Ceu Popon', 'snack popon'],
    ['Warkop Pak Asep', 'warung kopi asep'],
    ['Fotocopy Dua Saudara', 'fotokopi dua saudara'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalBusinessName(input)).toBe(expected);
  });

  it('keeps koperasi (a different kind of entity) and an honorific with no name after it', () => {
    expect(canonicalBusinessName('Koperasi Warga Sauyunan')).toBe('koperasi warga sauyunan');
    expect(canonicalBusinessName('Warung Bu')).toBe('warung bu');
  });

  it('keeps different brand words apart', () => {
    expect(canonicalBusinessName('Toko Berkah')).not.toBe(canonicalBusinessName('Toko Barokah'));
  });

  it('strips accents and apostrophes', () => {
    expect(canonicalBusinessName("Kafé Ma'ruf")).toBe('kafe maruf');
  });
});

describe('canonicalPersonName', () => {
  it.each([
    ['Hj. Siti Rohayati, S.Pd', 'siti rohayati'],
    ['Siti Rohayati', 'siti rohayati'],
    ['Ibu Siti Rohayati', 'siti rohayati'],
    ['Bu Euis', 'euis'],
    ['Bpk. H. Asep Saepudin, S.E., M.M.', 'asep saepudin'],
    ['Pak Asep Saepudin SE', 'asep saepudin'],
    ['Drs. Dadang Suherman M.Pd', 'dadang suherman'],
    ['Dra. Entin Sulastri', 'entin sulastri'],
    ['Sdri. Neneng Hasanah', 'neneng hasanah'],
    ['H.Ujang', 'ujang'],
    ['Siti Aminah S.Pd.I', 'siti aminah'],
    ['Yuyun, A.Md', 'yuyun'],
    ['Ir. Budi Hermawan, S.T., M.T.', 'budi hermawan'],
    ['ASEP   SUHERMAN', 'asep suherman'],
    ['Djoko Soeprapto', 'joko suprapto'],
    ['Tjetjep Rudy', 'cecep rudi'],
    ['Rohayati, Siti', 'rohayati siti'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalPersonName(input)).toBe(expected);
  });

  it('never drops the last word, even when it looks like a title', () => {
    expect(canonicalPersonName('Bu')).toBe('bu');
    expect(canonicalPersonName('Haji')).toBe('haji');
  });

  it('keeps an initial ("Siti N.")', () => {
    expect(canonicalPersonName('Siti N.')).toBe('siti n');
  });
});
