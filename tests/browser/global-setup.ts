import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Serves the built app (dist/) below a sub-path, to prove it works from any path. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: the browser tests drive the built app. Run `npm test` (it builds first).',
    );
  }
  const server = await serveStatic('dist', { prefix: '/some/sub/path/' });
  project.provide('appUrl', server.url);
  return () => server.close();
}
