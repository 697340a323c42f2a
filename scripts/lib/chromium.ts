// Finds and launches the system Chromium for tests and the benchmark. Never downloads a browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium binary: $CHROMIUM_PATH, else the usual install paths; throws a clear message if none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the browser tests. Install one (Debian: apt-get install chromium) ' +
        'or set CHROMIUM_PATH to its binary.',
    );
  }
  return found;
}

// Flags that keep Chromium from calling out to the internet, and make WebGL work headless.
const ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/',
  // Anything not on loopback goes to a proxy that refuses it (loopback bypasses proxies by default).
  '--proxy-server=http://127.0.0.1:9',
];

/**
 * Launches headless Chromium with a fresh profile. Resolves to { context, close }.
 * `viewport` defaults to 1280×800.
 */
export async function launchChromium({
  viewport = { width: 1280, height: 800 },
  ...options
}: { viewport?: { width: number; height: number } } & Record<string, unknown> = {}): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'claimlines-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ARGS,
    viewport,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
