// Schemas of a claim, its statement and sources, and of a claims data file: the one definition of the data.
import * as v from 'valibot';
import { isCalendarDate, isOrdered } from '../dates';
import { PARTY_IDS } from '../parties';
import { noDuplicates, rule, ruleAt } from './rule';
import { formPattern, schemaMessage } from '../problems';
import { phrase } from '../../i18n/phrases';
import { baseLang } from '../../i18n/langs';
import { ShapeSchema } from './shape';

/** Stable id used in links: lower-case letters, digits and hyphens, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const IdSchema = v.pipe(
  v.string('an id must be a string'),
  v.regex(
    formPattern(ID_PATTERN, 'prIdForm'),
    'an id is 1–80 lower-case letters, digits and hyphens, starting with a letter or digit',
  ),
);

// Text is stored exactly as given (never trimmed or rewritten); it must have something besides spaces.
const text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(formPattern(/\S/, 'prEmptyText'), `${what} must not be empty`),
    v.maxLength(max, `${what} must be at most ${max} characters`),
  );

/** An ISO 8601 calendar date of day, month or year precision. */
export const DateSchema = v.pipe(
  v.string('a date must be a string like "2021-05-12"'),
  v.regex(
    formPattern(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'prDateForm'),
    'a date must look like "2021-05-12" (or "2021-05", "2021")',
  ),
  rule(isCalendarDate, 'a date that exists in the calendar', schemaMessage(phrase('prNoSuchDate', {}))),
  v.description('ISO 8601 date: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that is known'),
);

/** True for an absolute http(s) URL with a dotted host and no credentials: no `javascript:`, `data:`, relative. */
export function isHttpUrl(s: string): boolean {
  if (/\s/.test(s) || !/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return u.hostname.includes('.') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export const HttpUrlSchema = v.pipe(
  v.string('a URL must be a string'),
  v.maxLength(2000, 'a URL must be at most 2000 characters'),
  rule(isHttpUrl, 'an absolute http(s):// URL', schemaMessage(phrase('prNotHttpUrl', {}))),
  v.description('Absolute http(s) URL'),
);

export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The interface's languages other than English, into which a quote may carry a translation. */
export const TRANSLATION_LANGS = ['hy', 'az', 'ru'] as const;

/**
 * What was said: a short verbatim quote in its language, with an English translation when not English, and
 * optionally translations into the interface's other languages.
 */
export const StatementSchema = v.pipe(
  v.strictObject({
    quote: v.pipe(
      text('statement.quote', 1000),
      v.description('Short verbatim quote, as published. Stored and shown as plain text, never as HTML'),
    ),
    lang: v.pipe(
      v.string('statement.lang must be a string'),
      v.regex(
        formPattern(LANG_PATTERN, 'prLangForm'),
        'statement.lang must be a language tag like "en", "hy", "az", "ru"',
      ),
      v.description('BCP 47 language tag of the quote'),
    ),
    translation: v.optional(
      v.pipe(
        text('statement.translation', 2000),
        v.description('English translation (required unless lang is en)'),
      ),
    ),
    translations: v.optional(
      v.pipe(
        v.strictObject(
          {
            hy: v.optional(text('statement.translations.hy', 2000)),
            az: v.optional(text('statement.translations.az', 2000)),
            ru: v.optional(text('statement.translations.ru', 2000)),
          },
          'statement.translations must be an object like { "ru": "…" }',
        ),
        v.description(
          'Translations of the quote into Armenian (hy), Azerbaijani in Latin script (az) and Russian (ru), each from a cited source or the editors; the app shows the one in the reader’s language, labelled as a translation, with the quote',
        ),
      ),
    ),
    form: v.pipe(
      v.picklist(
        ['direct', 'reported', 'paraphrase'],
        'statement.form must be "direct", "reported" or "paraphrase"',
      ),
      v.description(
        '"direct": the claimant’s own words (or a published translation of them); "reported": the publisher’s wording of what the claimant said; "paraphrase": this dataset’s close paraphrase, where no verbatim wording is recorded',
      ),
    ),
  }),
  ruleAt(
    'translation',
    (s) => s.lang === 'en' || s.lang.startsWith('en-') || s.translation !== undefined,
    'an English translation',
    schemaMessage(phrase('prNeedsTranslation', {})),
  ),
  ruleAt(
    'translations',
    (s) => s.translations === undefined || !Object.hasOwn(s.translations, baseLang(s.lang)),
    'translations into languages other than the quote’s',
    schemaMessage(phrase('prOwnLanguage', {})),
  ),
);

export const SourceSchema = v.strictObject({
  publisher: text('publisher', 200),
  title: v.pipe(
    text('title', 400),
    v.description('Headline; in [brackets] when describing an untitled item'),
  ),
  url: HttpUrlSchema,
  published: DateSchema,
  archived: v.optional(v.pipe(HttpUrlSchema, v.description('URL of an archived copy'))),
});

/** A range of numbers, such as "40–45 km²" ({min: 40, max: 45}) or "over 250" ({min: 250}). */
export const NumberRangeSchema = v.pipe(
  v.strictObject({
    min: v.optional(v.pipe(v.number('min must be a number'), v.finite('min must be a finite number'))),
    max: v.optional(v.pipe(v.number('max must be a number'), v.finite('max must be a finite number'))),
    approx: v.optional(v.pipe(v.boolean(), v.description('true when the words say "about"'))),
  }),
  rule(
    (r) => r.min !== undefined || r.max !== undefined,
    'min, max or both',
    schemaMessage(phrase('prEmptyRange', {})),
  ),
  ruleAt(
    'max',
    (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
    'max >= min',
    schemaMessage(phrase('prMinOverMax', {})),
  ),
);

export const ShareSchema = v.strictObject({
  feature: IdSchema,
  side: v.picklist(['ARM', 'AZE'], 'side must be "ARM" or "AZE"'),
  pct: v.pipe(
    NumberRangeSchema,
    rule(
      (r) => (r.min ?? 0) >= 0 && (r.max ?? 100) <= 100,
      '0 to 100',
      schemaMessage(phrase('prShareRange', {})),
    ),
  ),
  basis: v.optional(text('basis', 300)),
});

/** Figures the words give that are not a shape, kept as data to compare with computed ones. */
export const FiguresSchema = v.strictObject({
  areaKm2: v.optional(NumberRangeSchema),
  depthKm: v.optional(NumberRangeSchema),
  lengthKm: v.optional(NumberRangeSchema),
  distanceKm: v.optional(NumberRangeSchema),
  troops: v.optional(NumberRangeSchema),
  shares: v.optional(
    v.pipe(
      v.array(ShareSchema),
      v.maxLength(20, 'at most 20 shares'),
      noDuplicates<v.InferOutput<typeof ShareSchema>>(
        'shares (a feature and side)',
        (s) => `${s.feature} ${s.side}`,
      ),
    ),
  ),
});

export const KINDS = [
  'advance',
  'control',
  'position',
  'boundary',
  'incident',
  'diplomatic',
  'area',
] as const;

export const STATUSES = ['reported', 'unconfirmed'] as const;

/** What an editor checked of a claim against its sources, and when: shown on the claim's card. */
export const CheckedSchema = v.strictObject({
  on: v.pipe(DateSchema, v.description('When the claim was last checked against its sources')),
  by: v.pipe(
    text('checked.by', 1500),
    v.description(
      'What was compared and what was found, e.g. "quote found verbatim at source 1; date from source 2"',
    ),
  ),
  open: v.optional(
    v.pipe(
      text('checked.open', 1000),
      v.description('What could not be confirmed, or where the sources disagree'),
    ),
  ),
});

const RefsSchema = v.pipe(
  v.array(IdSchema),
  v.maxLength(50, 'at most 50 references'),
  noDuplicates('the reference list'),
);

export const ClaimSchema = v.strictObject({
  id: v.pipe(IdSchema, v.description('Stable id used in links; never renumber')),
  party: v.pipe(
    v.picklist(PARTY_IDS, `party must be one of ${PARTY_IDS.map((p) => `"${p}"`).join(', ')}`),
    v.description('The party the claimant speaks for'),
  ),
  claimant: v.pipe(text('claimant', 200), v.description('The office or person who made the statement')),
  stated: v.pipe(DateSchema, v.description('When the statement was made')),
  refersTo: v.pipe(
    v.strictObject({ from: DateSchema, to: v.optional(DateSchema) }),
    ruleAt(
      'to',
      (r) => r.to === undefined || isOrdered(r.from, r.to),
      'a date on or after refersTo.from',
      schemaMessage(phrase('prPeriodOrder', {})),
    ),
    v.description('The date or period the statement is about'),
  ),
  kind: v.picklist(KINDS, `kind must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}`),
  status: v.pipe(
    v.picklist(STATUSES, 'status must be "reported" or "unconfirmed"'),
    v.description(
      '"reported": the statement is on record in the cited sources; "unconfirmed": its wording or attribution needs a second source. Neither says the claim is true',
    ),
  ),
  statement: StatementSchema,
  sources: v.pipe(
    v.array(SourceSchema, 'sources must be a list'),
    v.minLength(1, 'a claim needs at least one source'),
    v.maxLength(20, 'at most 20 sources'),
  ),
  respondsTo: v.optional(v.pipe(RefsSchema, v.description('Ids of claims this one answers'))),
  contradicts: v.optional(v.pipe(RefsSchema, v.description('Ids of claims this one contradicts'))),
  shape: v.optional(ShapeSchema),
  figures: v.optional(FiguresSchema),
  note: v.optional(v.pipe(text('note', 2000), v.description('Editor’s note: context, caveats'))),
  checked: v.optional(CheckedSchema),
});

export const DatasetSchema = v.strictObject({
  id: IdSchema,
  title: text('dataset.title', 200),
  description: text('dataset.description', 4000),
  licence: text('dataset.licence', 400),
});

/** The most claims one file may hold. */
export const MAX_CLAIMS = 5000;

/** A claims data file: what the JSON Schema describes. */
export const ClaimsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  dataset: DatasetSchema,
  claims: v.pipe(v.array(ClaimSchema), v.maxLength(MAX_CLAIMS, `at most ${MAX_CLAIMS} claims per file`)),
});

/** The same file with claims left unchecked: validation checks each claim on its own, to keep the valid ones. */
export const FileEnvelopeSchema = v.strictObject({
  $schema: v.optional(v.string('$schema must be a string')),
  dataset: DatasetSchema,
  claims: v.pipe(
    v.array(v.unknown(), 'claims must be a list'),
    v.maxLength(MAX_CLAIMS, `at most ${MAX_CLAIMS} claims per file`),
  ),
});

export type Claim = v.InferOutput<typeof ClaimSchema>;
/** A claim as written in a file (the same as `Claim`: validation never rewrites). */
export type ClaimInput = v.InferInput<typeof ClaimSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type ClaimsFile = v.InferOutput<typeof ClaimsFileSchema>;
export type Checked = v.InferOutput<typeof CheckedSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Figures = v.InferOutput<typeof FiguresSchema>;
export type NumberRange = v.InferOutput<typeof NumberRangeSchema>;
export type ClaimKind = (typeof KINDS)[number];
export type ClaimStatus = (typeof STATUSES)[number];
