// The local names a place label shows beside the name in the reader's language (src/map/base_style.ts).

/**
 * The local names shown beside a place's label: its own country's language only (ARM `name_hy`, AZE `name_az`;
 * an AZE place with a `name_hy` is one known by two names and gets both, Armenian first as in its English
 * label). Places elsewhere get none, so an exonym such as Tabriz's `name_az` is never shown as a local name.
 * `local` is for every reader; `local_hy` / `local_az`, set only where two local names exist, leave out the one
 * that an Armenian / Azerbaijani reader already sees as the label.
 * @param {{ country: string, name_hy?: string, name_az?: string }} p
 */
export function localNames(p) {
  /** @type {[string, string | undefined][]} */
  const byScript =
    p.country === 'ARM'
      ? [['hy', p.name_hy]]
      : p.country === 'AZE'
        ? [
            ['hy', p.name_hy],
            ['az', p.name_az],
          ]
        : [];
  const known = byScript.filter(([, n]) => n);
  const join = (/** @type {[string, string | undefined][]} */ list) =>
    list.map(([, n]) => n).join(' / ') || null;
  /** @type {Record<string, string | null>} */
  const out = { local: join(known) };
  if (known.length > 1)
    for (const [script] of known) out[`local_${script}`] = join(known.filter(([s]) => s !== script));
  return out;
}
