/**
 * Answers messages to this page's content script with a promise's value, in Chrome and Firefox
 * alike, without the webextension-polyfill: the content script rides on every news page, and the
 * polyfill is 2.5 KB gzipped of it. Chrome's `onMessage` does not take a returned promise, so the
 * answer goes through `sendResponse`, which both browsers support.
 */
type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface MessageEvents {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/**
 * `answer` returns undefined for messages that are not for it (another listener may answer).
 * Returns what stops the answering (the content script's context invalidated by an update).
 */
export function answerRequests(onMessage: MessageEvents, answer: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener: Listener = (message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) => sendResponse({ [FAILED]: String((e as Error)?.message ?? e) }));
    return true;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

/** Marks an answer that is a failure: no answer's own fields can take this name. */
const FAILED = 'backstoryFailed';

/** The asker's side: an answer, or the failure it stands for thrown again. */
export function unwrapAnswer(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && FAILED in answer) throw new Error(String((answer as Record<string, unknown>)[FAILED]));
  return answer;
}
