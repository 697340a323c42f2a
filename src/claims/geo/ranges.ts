// Readings of a quantity the words give exactly or as a range.
import type { KmRange } from '../schema/shape';

export interface Readings {
  narrow: number;
  wide: number;
  /** The value the main shape uses: the middle of the range. */
  main: number;
  exact: boolean;
}

/** Narrow, wide and main values of a number or `{ narrow, wide }` range. */
export function readings(r: KmRange): Readings {
  if (typeof r === 'number') return { narrow: r, wide: r, main: r, exact: true };
  return { narrow: r.narrow, wide: r.wide, main: (r.narrow + r.wide) / 2, exact: r.narrow === r.wide };
}
