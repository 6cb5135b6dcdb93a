/** localStorage that never throws (private mode, full storage, old browsers). */
export const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      /* ignore: the preference simply is not remembered */
    }
  },
};

export const STORAGE_KEYS = {
  language: 'berdaya.lang',
  tenant: 'berdaya.tenant',
} as const;
