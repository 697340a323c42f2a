// The interface's current language, for components: `i18n.t('key')` reads it, so text follows a switch.
import { message, type MessageKey } from './messages';
import type { Lang } from './langs';

class I18n {
  lang: Lang = $state('en');

  t = (key: MessageKey, params?: Record<string, string | number>): string => message(this.lang, key, params);

  /** A YYYY-MM-DD date in the reader's language (read as a calendar day, in UTC). */
  date = (iso: string): string =>
    new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00Z`),
    );

  /** A number in the reader's language. */
  number = (n: number, digits = 0): string =>
    new Intl.NumberFormat(this.lang, { maximumFractionDigits: digits }).format(n);
}

export const i18n = new I18n();
