// One notice for everything a link had that could not be used: a long hostile link must not flood the page.
import type { MessageKey, Params } from '../i18n/messages';
import type { Words } from '../i18n/words';
import { problemMessage, type Problem } from '../claims/problem_text';
import { sayLinkProblem, type LinkProblem } from './link_problem';
import type { Phrase } from '../i18n/phrases';
import type { Lang } from '../i18n/langs';

/** How many of a link's problems the notice lists; the rest are counted. */
export const MAX_LISTED = 5;

/** A notice for the reader: a message of the interface's catalogue and its parameters (plain text). */
export interface Notice {
  key: MessageKey;
  params?: Params;
  /** Problems listed as its `list`, said when shown: in the reader's language, following a switch. */
  problems?: readonly Problem[];
  /** A link's problems listed as its `list` (at most MAX_LISTED), said when shown, like `problems`. */
  linkProblems?: readonly LinkProblem[];
  /** Parameters that are phrases (why a file could not be read), said when shown, like `problems`. */
  said?: Readonly<Record<string, Phrase>>;
}

/** How many problems a notice lists; the rest are counted. */
export const MAX_PROBLEMS_LISTED = 5;

/** A notice's parameters as shown in a language: its problems listed in it, its phrases said in it. */
export function noticeParams(notice: Notice, w: Words): Params | undefined {
  const said = notice.said
    ? Object.fromEntries(Object.entries(notice.said).map(([name, p]) => [name, w.say(p)]))
    : undefined;
  const params = said ? { ...notice.params, ...said } : notice.params;
  return notice.problems
    ? {
        ...params,
        list: listSome(
          notice.problems.map((p) => `${p.where} › ${p.field}: ${problemMessage(p, w)}`),
          MAX_PROBLEMS_LISTED,
          '; ',
        ),
      }
    : notice.linkProblems
      ? { ...params, list: notice.linkProblems.map((p) => sayLinkProblem(p, w)).join('; ') }
      : params;
}

/**
 * Whether a notice can be said whole before English's details (and the sayer of phrases, loaded with them) are
 * in: its problems and phrases need the sayer in every language; a link's problems, English's words only.
 */
export const sayableWithoutDetails = (n: Notice, lang: Lang): boolean =>
  !n.problems && !n.said && (!n.linkProblems || lang !== 'en');

/**
 * Folds a link's problems into one notice, or null when there are none. The link's own text appears only inside
 * the quotes its problems put around it (short, escaped: see `quote` in codecs.ts), and the notice says so. The
 * first `maxListed` problems are kept as data, said in the reader's language when shown; the rest are counted.
 */
export function linkNotice(problems: readonly LinkProblem[], maxListed = MAX_LISTED): Notice | null {
  if (problems.length === 0) return null;
  const linkProblems = problems.slice(0, maxListed);
  const rest = problems.length - linkProblems.length;
  return rest > 0
    ? { key: 'noticeLinkMore', params: { n: problems.length, rest }, linkProblems }
    : { key: 'noticeLink', params: { n: problems.length }, linkProblems };
}

/** At most `max` items joined, then how many more ("+ 5"): a link can name thousands of ids. */
export function listSome(items: readonly string[], max = 10, separator = ', '): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown}${separator}… (+${items.length - max})` : shown;
}
