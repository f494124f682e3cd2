/**
 * Launching the real browsers with the built extension (toolchain.md's recipes), shared by the
 * end-to-end tests, the demo and the benchmark. Browser paths can be overridden for desktops;
 * without a usable browser, callers fail with one line saying what to install.
 */
import { existsSync, mkdtempSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, firefox, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const GECKO_ID = 'backstory@backstory.invalid';
export const FIREFOX_UUID = '6f1c6a0e-3b7d-4c39-9a55-bac0570e0001';

export function chromiumPath(): string {
  return process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
}

export function firefoxPath(): string {
  return process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
}

export function missingBrowsers(): string[] {
  const missing: string[] = [];
  if (!existsSync(chromiumPath())) missing.push(`Chromium (${chromiumPath()}: apt-get install chromium, or set BACKSTORY_CHROMIUM)`);
  if (!existsSync(firefoxPath())) missing.push(`Firefox ESR (${firefoxPath()}: apt-get install firefox-esr, or set BACKSTORY_FIREFOX)`);
  return missing;
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/** Where Debian's Chromium keeps its UI languages (package chromium-l10n; English is built in). */
const CHROMIUM_LOCALES = process.env.BACKSTORY_CHROMIUM_LOCALES ?? '/usr/lib/chromium/locales';

/**
 * `language`: the browser's UI language, which the extension's `i18n` follows. Chromium on Linux
 * takes it from LANGUAGE (its `--lang` switch changes the messages but not getUILanguage), and
 * only for a language whose pack is installed.
 */
export async function launchChromium(opts: { headless?: boolean; extension?: string; language?: string } = {}): Promise<ChromiumSession> {
  const ext = opts.extension ?? CHROME_BUILD;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`no Chrome build at ${ext}: run npm run build first`);
  if (opts.language && opts.language !== 'en' && !existsSync(join(CHROMIUM_LOCALES, `${opts.language}.pak`)))
    throw new Error(`Chromium has no ${opts.language} UI (${CHROMIUM_LOCALES}/${opts.language}.pak): apt-get install chromium-l10n`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 900 },
    ...(opts.language ? { env: { ...process.env, LANGUAGE: opts.language }, locale: opts.language } : {}),
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host, close: () => context.close() };
}

export interface FirefoxSession {
  context: BrowserContext;
  origin: string;
  close: () => Promise<void>;
}

/** The Firefox test-host build's zip (tests serve pages on 127.0.0.1), installed into a fresh profile (toolchain.md). */
export function firefoxZip(): string {
  const dir = join(ROOT, '.output');
  const zip = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('-firefox-mv2-testhosts.zip')) : undefined;
  if (!zip) throw new Error('no Firefox test-host zip in .output: run BACKSTORY_TEST_HOSTS=1 npm run zip:firefox first');
  return join(dir, zip);
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  copyFileSync(firefoxZip(), join(profile, 'extensions', `${GECKO_ID}.xpi`));
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath: firefoxPath(),
    headless: true,
    firefoxUserPrefs: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  } as Parameters<typeof firefox.launchPersistentContext>[1]);
  return { context, origin: `moz-extension://${FIREFOX_UUID}`, close: () => context.close() };
}
