/**
 * The two ways to highlight besides the floating button: the context menu on a selection, and a
 * keyboard shortcut (a command, which readers can change in their browser's shortcut settings).
 * Both ask the page's content script to highlight its selection.
 */
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../lib/messages/protocol';

export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU = 'backstory-highlight';

const ask = (tabId: number, frameId?: number) =>
  browser.tabs
    .sendMessage(tabId, { type: 'highlight-selection' } satisfies TabRequest, frameId === undefined ? undefined : { frameId })
    .catch(() => {});

export function wireHighlightTriggers(): void {
  const menus = browser.contextMenus ?? (browser as unknown as { menus?: typeof browser.contextMenus }).menus;
  browser.runtime.onInstalled.addListener(() => {
    menus?.create({ id: HIGHLIGHT_MENU, title: 'Highlight with Backstory', contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
  menus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU && tab?.id !== undefined) void ask(tab.id, info.frameId);
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await ask(tab.id);
  });
}
