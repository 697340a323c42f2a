// The one error recipes throw: a claim's parameters do not fit the reference geography.
import type { Phrase } from '../../i18n/phrases';
import { sayPhrase } from '../../i18n/phrases';
import { ENGLISH } from '../../i18n/words';

/** Thrown by a recipe when its parameters cannot be applied (e.g. a centre far from any border). */
export class RecipeError extends Error {
  override name = 'RecipeError';
  /** Why, as data: said in the reader's language by whoever shows it (the message is the English). */
  readonly phrase: Phrase;
  constructor(phrase: Phrase) {
    super(sayPhrase(phrase, ENGLISH));
    this.phrase = phrase;
  }
}
