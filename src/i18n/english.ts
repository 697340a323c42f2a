// English with every message, the details too: what the command-line tools, the claims worker and the
// tests say. The page's own code uses i18n.svelte.ts instead, which loads the details when first needed.
import { enDetails } from './details';
import { en } from './messages';
import { wordsFor, type Words } from './words';
import { sayPhrase } from './say_phrase';

export const EN_ALL: Words = wordsFor('en', { ...en, ...enDetails }, sayPhrase);
