// Calendar dates as ISO 8601 strings of day, month or year precision ("2021-05-12", "2021-05", "2021").

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a year (Gregorian), month 1..12. */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True when `s` is a real calendar date (so "2021-02-30" and "2021-13" are false). Years 1000..2999. */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first and last day ("YYYY-MM-DD") a valid date string covers: "2021-05" → 2021-05-01 … 2021-05-31. */
export function dateSpan(s: string): { first: string; last: string } {
  const [y = '', m, d] = s.split('-');
  if (d !== undefined) return { first: s, last: s };
  if (m !== undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${daysInMonth(+y, +m)}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True when a period ending at `end` can come after one starting at `start` (overlapping precision allowed). */
export const isOrdered = (start: string, end: string): boolean => dateSpan(end).last >= dateSpan(start).first;

/**
 * Whether a statement dated `stated` is known to have been made by the end of `until` (either of day, month or
 * year precision): one dated "2021-05" only from the last of May on, as it may have been made on any day of it.
 */
export const statedBy = (stated: string, until: string): boolean =>
  dateSpan(stated).last <= dateSpan(until).last;

/**
 * Dates in the order a date filter steps through them: by the last day each covers, and on the same last day
 * the more precise first ("2021-05-31" before "2021-05").
 */
export const byLastDay = (a: string, b: string): number => {
  const [x, y] = [dateSpan(a).last, dateSpan(b).last];
  return x < y ? -1 : x > y ? 1 : b.length - a.length;
};
