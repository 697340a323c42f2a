// Which files under geo/claims/ are claims data: apart from claim_files.ts, so the page can list the files
// without bundling the code that checks them.

/** True for a claims data file name (the JSON Schema beside them is not one). */
export const isClaimsFileName = (name: string): boolean => name.endsWith('.json') && name !== 'schema.json';
