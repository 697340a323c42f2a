// The overlay's figures in words: the km² claimed by both sides' shapes and by only one, and how many of a
// side's shapes draw a line another party described. Shared by the panel's figures (CompareFigures.svelte)
// and an exported image's caption. Pure.
import type { Words } from '../i18n/words';

export interface OverlayFigures {
  /** The two sides' names (their claim groups', in the reader's language). */
  nameA: string;
  nameB: string;
  bothKm2: number;
  onlyAKm2: number;
  onlyBKm2: number;
  /** Of each side's shapes, those drawing a line another party described (counted as that side's). */
  describedA: number;
  describedB: number;
}

type Say = Pick<Words, 't' | 'number'>;

/**
 * A km² figure as the figures give it: one decimal from 10 km² (they are compared with each other to a
 * tenth), two below; "0" where there is none, and a bound below 0.01.
 */
export const km2Text = (w: Say, n: number): string =>
  w.t('km2', {
    n: n === 0 ? w.number(0) : n < 0.005 ? `<\u00a0${w.number(0.01, 2)}` : w.number(n, n >= 10 ? 1 : 2),
  });

/** The notes on lines another party described, one per side that has any. */
export const describedNotes = (w: Say, v: OverlayFigures): { side: 'a' | 'b'; text: string }[] =>
  (
    [
      ['a', v.nameA, v.describedA],
      ['b', v.nameB, v.describedB],
    ] as const
  )
    .filter(([, , n]) => n > 0)
    .map(([side, name, n]) => ({ side, text: w.t('compareDescribed', { name, n }) }));

/** The figures as one paragraph of text (an exported image's caption). */
export const overlayFiguresText = (w: Say, v: OverlayFigures): string =>
  [
    `${w.t('compareHeading')} — ${w.t('compareBoth')} ${km2Text(w, v.bothKm2)};`,
    `${w.t('compareOnly')} ${v.nameA} ${km2Text(w, v.onlyAKm2)};`,
    `${w.t('compareOnly')} ${v.nameB} ${km2Text(w, v.onlyBKm2)}.`,
    w.t('compareNote'),
    ...describedNotes(w, v).map((d) => d.text),
  ].join(' ');
