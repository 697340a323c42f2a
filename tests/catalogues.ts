// Every language's catalogue at once, for tests (the app loads the non-English ones only when asked).
import type { Lang } from '../src/i18n/langs';
import { en, type Messages } from '../src/i18n/messages';
import { enDetails } from '../src/i18n/details';
import hy from '../src/i18n/hy';
import az from '../src/i18n/az';
import ru from '../src/i18n/ru';

/** English whole: its interface and its details. */
export const CATALOGUE: Record<Lang, Messages> = { en: { ...en, ...enDetails }, hy, az, ru };
