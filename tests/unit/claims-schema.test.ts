import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsJsonSchemaText, SCHEMA_PATH } from '../../scripts/export-claims-schema';
import { PARTY_IDS } from '../../src/claims/parties';
import { RECIPE_NAMES } from '../../src/claims/schema/shape';

describe('geo/claims/schema.json', () => {
  const committed = readFileSync(SCHEMA_PATH, 'utf8');

  it('equals a fresh export from the valibot schema (run `npm run claims-schema` after changing it)', () => {
    expect(committed).toBe(claimsJsonSchemaText());
  });

  it('gives editors the closed lists: parties and recipes', () => {
    const text = JSON.stringify(JSON.parse(committed));
    expect(text).toContain(JSON.stringify(PARTY_IDS));
    for (const name of RECIPE_NAMES) expect(text).toContain(`"const":"${name}"`);
  });
});
