// The catalogues of the languages other than English, each a chunk of its own, loaded when a reader picks it.
import type { Lang } from './langs';
import { en, type Messages } from './messages';

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Messages }>> = {
  hy: () => import('./hy'),
  az: () => import('./az'),
  ru: () => import('./ru'),
};

/**
 * A language's messages: English at once (its details, details.ts, only when needed: i18n.details()), the
 * others whole from their chunk.
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === 'en' ? (en as unknown as Messages) : (await LOADERS[lang]()).default;
}
