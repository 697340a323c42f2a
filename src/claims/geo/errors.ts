// The one error recipes throw: a claim's parameters do not fit the reference geography.
import { PhrasedError, type Phrase } from '../../i18n/phrases';
import { sayPhrase } from '../../i18n/say_phrase';
import { EN_ALL } from '../../i18n/english';

/**
 * Thrown by a recipe when its parameters cannot be applied (e.g. a centre far from any border). Its reason is
 * a phrase, said in the reader's language by whoever shows it.
 */
export class RecipeError extends PhrasedError {
  override name = 'RecipeError';
  constructor(phrase: Phrase) {
    super(phrase, sayPhrase(phrase, EN_ALL));
  }
}
