import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words';
import { EN_ALL as ENGLISH } from '../../src/i18n/english';
import {
  describedNotes,
  km2Text,
  overlayFiguresText,
  type OverlayFigures,
} from '../../src/ui/overlay_figures';
import ru from '../../src/i18n/ru';

const values = (over: Partial<OverlayFigures> = {}): OverlayFigures => ({
  nameA: 'Armenia’s claims',
  nameB: 'Azerbaijan’s claims',
  bothKm2: 1.1337,
  onlyAKm2: 103.46,
  onlyBKm2: 0.004,
  describedA: 0,
  describedB: 1,
  ...over,
});

describe('the overlay’s figures in words', () => {
  it('gives km² to a tenth from 10 km², to a hundredth below, "0" for none and a bound below 0.01', () => {
    expect(km2Text(ENGLISH, 103.46)).toBe('103.5 km²');
    expect(km2Text(ENGLISH, 1.1337)).toBe('1.13 km²');
    expect(km2Text(ENGLISH, 0)).toBe('0 km²');
    expect(km2Text(ENGLISH, 0.004)).toBe('<\u00a00.01 km²');
  });

  it('notes, per side, the shapes that draw a line another party described, and only where there are any', () => {
    expect(describedNotes(ENGLISH, values())).toEqual([
      {
        side: 'b',
        text: 'Azerbaijan’s claims — lines another party described, not the claimant: 1 (dotted outline; the card says whose).',
      },
    ]);
    expect(describedNotes(ENGLISH, values({ describedB: 0 }))).toEqual([]);
    expect(describedNotes(ENGLISH, values({ describedA: 2 })).map((d) => d.side)).toEqual(['a', 'b']);
  });

  it('writes the figures as one paragraph for an exported image, in the reader’s language', () => {
    expect(overlayFiguresText(ENGLISH, values())).toBe(
      'Overlay: shown claims compared — Claimed in both sides’ shapes 1.13 km²; Only in Armenia’s claims 103.5 km²; ' +
        'Only in Azerbaijan’s claims <\u00a00.01 km². Areas of the drawn shapes (main readings) of the claims now ' +
        'shown; overlap is cross-hatched. Azerbaijan’s claims — lines another party described, not the claimant: 1 ' +
        '(dotted outline; the card says whose).',
    );
    const russian = overlayFiguresText(wordsFor('ru', ru), values({ nameB: ru.azerbaijanClaims }));
    expect(russian).toContain('103,5 км²');
    expect(russian).toContain(`${ru.azerbaijanClaims} — линии, описанные не заявившей, а другой стороной: 1`);
  });
});
