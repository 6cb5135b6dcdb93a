import { useSearchParams } from 'react-router-dom';

/** The years offered in year pickers: five back, one ahead. */
export function yearOptions(now = new Date().getFullYear()): { value: string; label: string }[] {
  return Array.from({ length: 7 }, (_, i) => String(now + 1 - i)).map((y) => ({ value: y, label: y }));
}

/** The year in ?year=, else this year. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getFullYear();
  return [year, (y) => setParams((p) => ({ ...Object.fromEntries(p), year: String(y) }), { replace: true })];
}
