// Sentences the claims code writes (a recipe's assumptions and notes, why a shape could not be drawn, a
// checker's problem) as data: a message key of the catalogue and the numbers, positions and ids it needs, never
// words. `npm run derive` stores them so in claim-shapes.json; a card says them in the reader's language, the
// command-line checker in English, both through `sayPhrase` (say_phrase.ts; the page reaches it as `w.say`,
// loaded with English's details). Every key's arguments and their kinds are listed in phrase_args.ts, so a
// phrase read from a file (data from outside) is checked before it is said. Pure.
import type { MessageKey } from './messages';
import type { Words } from './words';
import type { ArgsOf, Phrase, PhraseKey } from './phrase_args';

export type { ArgKind, Phrase, PhraseKey } from './phrase_args';

/** A phrase, typed by its key. */
export const phrase = <K extends PhraseKey>(key: K, args: ArgsOf<K>): Phrase => ({ key, ...args }) as Phrase;

/** Names of the lakes the app knows by name, by message key (other lakes by their id). */
const LAKE_KEYS: Record<string, MessageKey> = { 'sev-lich': 'lakeSevLich' };

/** A lake's name in the reader's language. */
export const lakeNameIn = (id: string, w: Words): string => (LAKE_KEYS[id] ? w.t(LAKE_KEYS[id]) : id);

/** The most phrases of one list a card says: a file from outside can hold any number. */
export const MAX_PHRASES = 50;

/** A list of phrases in the reader's language (anything else than a list says nothing). */
export const sayPhrases = (list: unknown, w: Words): string[] =>
  Array.isArray(list) ? list.slice(0, MAX_PHRASES).map((p) => w.say(p)) : [];

/**
 * An error whose reason is a phrase, said in the reader's language where it is shown (`reasonIn`). Its message
 * is the English where the thrower has it (the claims code, for logs and the command line), else the key.
 */
export class PhrasedError extends Error {
  readonly phrase: Phrase;
  constructor(phrase: Phrase, english?: string) {
    super(english ?? phrase.key);
    this.phrase = phrase;
  }
}

/**
 * Why something failed, as a phrase: the app's own wording, or else an engine's words (an exception's message)
 * as a quoted detail of a sentence of the catalogue, never as the sentence itself.
 */
export const reasonPhrase = (e: unknown): Phrase =>
  e instanceof PhrasedError
    ? e.phrase
    : phrase('errUnexpected', { reason: e instanceof Error ? e.message : String(e) });

/** Why something failed, in the reader's language (the error's own text only until the words are in). */
export const reasonIn = (e: unknown, w: Words): string =>
  w.say(reasonPhrase(e)) || (e instanceof Error ? e.message : String(e));
