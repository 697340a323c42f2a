// Where a label's text breaks into lines, as MapLibre breaks a point label (its `determineLineBreaks`): not
// greedily, but into as few lines as `text-max-width` needs, each as near their average width as it can.
// The first paint breaks its labels so, or a label would change its lines when the map takes over.

interface Break {
  /** The index of the word that starts the next line. */
  word: number;
  /** The width of the words before it (spaces not counted, as MapLibre counts them). */
  x: number;
  prior: Break | null;
  badness: number;
}

function badness(lineWidth: number, target: number, isLast: boolean): number {
  const raggedness = (lineWidth - target) ** 2;
  if (!isLast) return raggedness;
  // A last line shorter than the others is better than a longer one.
  return lineWidth < target ? raggedness / 2 : raggedness * 2;
}

function bestBreak(word: number, x: number, target: number, candidates: Break[], isLast: boolean): Break {
  let best: Break = { word, x, prior: null, badness: badness(x, target, isLast) };
  for (const c of candidates) {
    const b = badness(x - c.x, target, isLast) + c.badness;
    if (b <= best.badness) best = { word, x, prior: c, badness: b };
  }
  return best;
}

/**
 * The words at which each line after the first starts, for words of these widths, spaces of `spaceWidth`
 * between them, and lines at most about `maxWidth` wide (MapLibre lets a line run over, to even them out).
 */
export function lineBreaks(wordWidths: readonly number[], spaceWidth: number, maxWidth: number): number[] {
  const total = wordWidths.reduce((a, b) => a + b, 0) + spaceWidth * Math.max(0, wordWidths.length - 1);
  const target = total / Math.max(1, Math.ceil(total / maxWidth));
  const candidates: Break[] = [];
  let x = 0;
  for (let i = 0; i < wordWidths.length - 1; i++) {
    x += wordWidths[i]!;
    candidates.push(bestBreak(i + 1, x, target, candidates, false));
  }
  x += wordWidths[wordWidths.length - 1] ?? 0;
  const starts: number[] = [];
  for (let b = bestBreak(wordWidths.length, x, target, candidates, true).prior; b; b = b.prior)
    starts.unshift(b.word);
  return starts;
}
