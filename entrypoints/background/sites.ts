/**
 * Sites the reader turned Backstory on for: the content script is registered for each (and run
 * at once in the tab that asked), kept in storage so a browser that forgets registrations
 * (Firefox across restarts) gets them back at worker start.
 */
import { browser } from 'wxt/browser';
import { scriptId } from '../../lib/hosts/site-access';

const KEY = 'userSites';

async function stored(): Promise<string[]> {
  const got = await browser.storage.local.get(KEY);
  const list = (got as Record<string, unknown>)[KEY];
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/** The content script and its style sheet (the `::highlight()` rules), as the manifest gives them to the news sites. */
const SCRIPT = 'content-scripts/content.js';
const STYLE = 'content-scripts/content.css';

async function register(patterns: string[]): Promise<void> {
  if (!patterns.length) return;
  const registered = await browser.scripting.getRegisteredContentScripts();
  const existing = new Map(registered.map((s) => [s.id, s]));
  const script = (p: string) => ({ id: scriptId(p), matches: [p], js: [SCRIPT], css: [STYLE], runAt: 'document_idle' as const });
  const missing = patterns.filter((p) => !existing.has(scriptId(p)));
  // Sites turned on before the style sheet was registered with the script get it now.
  const stale = patterns.filter((p) => existing.has(scriptId(p)) && !existing.get(scriptId(p))!.css?.includes(STYLE));
  if (missing.length) await browser.scripting.registerContentScripts(missing.map(script));
  if (stale.length) await browser.scripting.updateContentScripts(stale.map(script));
}

/** Called once per worker start. */
export async function restoreUserSites(): Promise<void> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  await register((await stored()).filter((p) => granted.has(p)));
}

export async function userSites(): Promise<string[]> {
  return stored();
}

/** After the popup obtained the permission: register, remember, and run in the asking tab now. */
export async function enableSite(pattern: string, tabId: number | undefined): Promise<void> {
  if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error('permission not granted');
  await register([pattern]);
  const list = await stored();
  if (!list.includes(pattern)) await browser.storage.local.set({ [KEY]: [...list, pattern] });
  if (tabId !== undefined) {
    await browser.scripting.insertCSS({ target: { tabId }, files: [`/${STYLE}`] });
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${SCRIPT}`] });
  }
}

export async function disableSite(pattern: string): Promise<void> {
  const ids = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  if (ids.includes(scriptId(pattern))) await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] });
  await browser.storage.local.set({ [KEY]: (await stored()).filter((p) => p !== pattern) });
  // A site the manifest grants (a default news host) keeps its permission: removing it throws.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
