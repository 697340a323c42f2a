// Writes geo/claims/schema.json, the JSON Schema of claims data files, from the valibot schema (one definition).
// Usage: npm run claims-schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ClaimSchema, ClaimsFileSchema, SourceSchema, StatementSchema } from '../src/claims/schema/claim';
import { DetailedGeometrySchema, PositionSchema } from '../src/claims/schema/geometry';
import { ShapeSchema } from '../src/claims/schema/shape';

export const SCHEMA_PATH = fileURLToPath(new URL('../geo/claims/schema.json', import.meta.url));

/** The JSON Schema text of a claims file, as committed (2-space JSON, trailing newline). */
export function claimsJsonSchemaText(): string {
  const schema = toJsonSchema(ClaimsFileSchema, {
    target: 'draft-07',
    // Checks the JSON Schema cannot express (calendar dates, closed rings, self-intersections, URL schemes)
    // are left to `npm run check-claims`; the editor still gets the structure, types, ranges and descriptions.
    errorMode: 'ignore',
    definitions: {
      Claim: ClaimSchema,
      Statement: StatementSchema,
      Source: SourceSchema,
      Shape: ShapeSchema,
      Geometry: DetailedGeometrySchema,
      Position: PositionSchema,
    },
  });
  const doc = {
    $schema: schema.$schema,
    title: 'Claimlines claims data file',
    description:
      'Claims of the parties to a border dispute, with their sources and the shapes drawn for them. Generated from src/claims/schema by `npm run claims-schema`; validate with `npm run check-claims <file>`.',
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, claimsJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
