// What a link had that could not be used, as data: a catalogue key and its parameters, never words, so the
// notice says it in the reader's language when shown (and again after a switch). A parameter is plain text
// (a key of the link, or the link's own text already quoted and escaped by `quote` in codecs.ts), a number
// (written in the reader's digits), or a nested piece said first (a reason, or which number of `map=`). Pure.
import type { MessageKey } from '../i18n/messages';
import type { Words } from '../i18n/words';

/** The catalogue's keys for link problems (`lp…`) and the reasons and parts inside them (`lr…`). */
export type LinkKey = Extract<MessageKey, `lp${string}` | `lr${string}`>;

/** One link problem, or a piece of one: `{ key: 'lpIgnoredValue', params: { key: 'split', value: '"2"', reason: { key: 'lrNotFraction' } } }`. */
export interface LinkProblem {
  key: LinkKey;
  params?: Readonly<Record<string, string | number | LinkProblem>>;
}

/** A link problem, typed by its key. */
export const linkProblem = (key: LinkKey, params?: LinkProblem['params']): LinkProblem =>
  params ? { key, params } : { key };

/** A link problem in the reader's language: nested pieces said first, then the message filled. */
export function sayLinkProblem(p: LinkProblem, w: Words): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p.params ?? {}))
    params[name] = typeof value === 'object' ? sayLinkProblem(value, w) : value;
  return w.t(p.key, params);
}
