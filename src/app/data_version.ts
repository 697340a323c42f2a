/** A short content hash of the claims data (FNV-1a, 32 bit, 8 hex digits): links pin the data they saw. */
export function dataVersion(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1f; // a separator, so ["ab","c"] and ["a","bc"] differ
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A claims file: [name, text]. */
export type ClaimFile = readonly [name: string, text: string];

/** Claims files in the order they are read and hashed in. */
export const inNameOrder = (files: readonly ClaimFile[]): ClaimFile[] =>
  [...files].sort(([a], [b]) => a.localeCompare(b));

/** The version of a set of claims files (what mergeClaimFiles gives them), without checking them. */
export function claimsVersion(files: readonly ClaimFile[]): string {
  return dataVersion(inNameOrder(files).map(([, text]) => text));
}

/** The data version of a view with a reader's own claims file: `local-` and the file's hash, so never a bundled one. */
export const localVersion = (text: string): string => `local-${dataVersion([text])}`;
export const isLocalVersion = (v: string | null): boolean => v !== null && v.startsWith('local-');
