// Every language's catalogue at once, for tests (the app loads the non-English ones only when asked).
import type { Lang } from '../src/i18n/langs';
import { en, type Messages } from '../src/i18n/messages';
import { enDetails } from '../src/i18n/details';
import hy from '../src/i18n/hy';
import az from '../src/i18n/az';
import ru from '../src/i18n/ru';

/** English whole: its interface and its details. */
export const CATALOGUE: Record<Lang, Messages> = { en: { ...en, ...enDetails }, hy, az, ru };

/** Every English message's longest run of words between placeholders (of a few words at least). */
const ENGLISH_SENTENCES: readonly string[] = Object.values(CATALOGUE.en)
  .map((m) =>
    m
      .split(/\{\w+\}/)
      .sort((a, b) => b.length - a.length)[0]!
      .trim(),
  )
  .filter((m) => m.length >= 14 && m.includes(' '));

/**
 * The English sentences of the catalogue, and `extra` words, found in `text`; with `outsideQuotes`, not those
 * inside the quotes around text from a file or an engine.
 */
export function englishIn(
  text: string,
  extra: readonly string[] = [],
  { outsideQuotes = false }: { outsideQuotes?: boolean } = {},
): string[] {
  const searched = outsideQuotes ? text.replace(/"(?:[^"\\]|\\.)*"/g, '""') : text;
  return [...ENGLISH_SENTENCES, ...extra].filter((s) => searched.includes(s));
}
