import { z } from 'zod';

/**
 * Official region codes (Kemendagri, as in `idn-area-data`): regency (kabupaten/kota) `32.04`, the tenant key
 * `kode_wilayah`; kecamatan `32.04.10`; desa/kelurahan `32.04.10.2001`. One definition, so a route, an
 * import and a token check can never disagree on what a code looks like.
 */
export const KODE_WILAYAH_PATTERN = /^\d{2}\.\d{2}$/;
export const KECAMATAN_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}$/;
export const DESA_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** A regency code (the tenant key), e.g. `32.04`. */
export const kodeWilayahSchema = z.string().regex(KODE_WILAYAH_PATTERN);
/** A kecamatan code, e.g. `32.04.10`. */
export const kecamatanCodeSchema = z.string().regex(KECAMATAN_CODE_PATTERN);
/** A desa/kelurahan code, e.g. `32.04.10.2001`. */
export const desaCodeSchema = z.string().regex(DESA_CODE_PATTERN);
