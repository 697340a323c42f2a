// The interface's current language, for components: `i18n.t('key')` reads it, so text follows a switch. A
// language other than English is shown once its catalogue (a chunk of its own) is in: until then the
// interface stays in the language it was in, never a mix.
import { loadMessages } from './catalogues';
import type { Lang } from './langs';
import { en, type MessageKey, type Messages, type Params } from './messages';
import { ENGLISH, wordsFor, type Sayer, type Words } from './words';
import { claimTitle } from '../app/layer_tree';
import type { Claim } from '../claims/schema/claim';

class I18n {
  /** The language the interface speaks now. */
  words: Words = $state.raw(ENGLISH);
  get lang(): Lang {
    return this.words.lang;
  }
  #wanted: Lang = 'en';
  /** English's details (details.ts) once loaded: the other languages' catalogues hold theirs. */
  #enDetails: Partial<Messages> | null = null;
  #sayer: Sayer | undefined = $state.raw(undefined);
  #detailsLoading: Promise<void> | null = null;

  #messages: Messages = en as unknown as Messages;

  /** A language's words, with English's details and the sayer of phrases once they are in. */
  #wordsOf(lang: Lang, messages: Messages): Words {
    return wordsFor(lang, lang === 'en' ? { ...messages, ...this.#enDetails } : messages, this.#sayer);
  }

  /**
   * Loads English's longer words (a card's recipe sentences, problems, load failures, the export's note) the
   * first time a view needs them; the words then follow. Other languages have them already.
   */
  details(): Promise<void> {
    this.#detailsLoading ??= import('./details').then(({ enDetails, sayPhrase }) => {
      this.#enDetails = enDetails;
      this.#sayer = sayPhrase;
      this.words = this.#wordsOf(this.words.lang, this.#messages);
    });
    return this.#detailsLoading;
  }

  /**
   * Whether the words can say everything: English's details and the sayer of phrases (say_phrase.ts, which
   * every language needs for a phrase) are in.
   */
  get complete(): boolean {
    return this.#sayer !== undefined;
  }

  /** Switches to a language once its messages are in (a later call wins over an earlier one still loading). */
  async use(lang: Lang): Promise<void> {
    this.#wanted = lang;
    const messages = await loadMessages(lang);
    if (this.#wanted !== lang) return;
    this.#messages = messages;
    if (this.words.lang !== lang) this.words = this.#wordsOf(lang, messages);
    if (typeof document === 'undefined') return;
    document.documentElement.lang = lang;
    // The tab's and a share sheet's title, in the reader's language too.
    document.title = `Claimlines — ${this.t('title')}`;
  }

  t = (key: MessageKey, params?: Params): string => this.words.t(key, params);
  date = (iso: string): string => this.words.date(iso);
  number = (n: number, digits = 0): string => this.words.number(n, digits);
  km = (n: number): string => this.words.km(n);
  /** A claim's short title (who and when), its date in the reader's language. */
  title = (claim: Claim): string => claimTitle(claim, this.words);
}

export const i18n = new I18n();
