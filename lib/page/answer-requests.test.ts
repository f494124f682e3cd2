import { describe, expect, it } from 'vitest';
import { answerRequests, unwrapAnswer, type MessageEvents } from './answer-requests';

function events() {
  let listener: Parameters<MessageEvents['addListener']>[0] | undefined;
  const on: MessageEvents = {
    addListener: (l) => void (listener = l),
    removeListener: (l) => void (listener = listener === l ? undefined : listener),
  };
  const send = (message: unknown) =>
    new Promise<{ kept: boolean | undefined; answer?: unknown }>((resolve) => {
      const kept = listener!(message, {}, (answer) => resolve({ kept, answer }));
      if (!kept) resolve({ kept });
    });
  return { on, send, listening: () => listener !== undefined };
}

describe('answerRequests', () => {
  it('answers through sendResponse, keeps the channel open only for messages it answers, and turns a failure into an answer', async () => {
    const { on, send } = events();
    answerRequests(on, (m) => (m === 'ask' ? Promise.resolve(42) : m === 'fail' ? Promise.reject(new Error('no')) : undefined));
    await expect(send('ask')).resolves.toEqual({ kept: true, answer: 42 });
    await expect(send('other')).resolves.toEqual({ kept: false });
    const failed = await send('fail');
    expect(failed.kept).toBe(true);
    expect(() => unwrapAnswer(failed.answer)).toThrow('no');
    expect(unwrapAnswer({ posts: [] })).toEqual({ posts: [] });
  });

  it('stops answering when told (the content script invalidated by an update)', () => {
    const { on, listening } = events();
    const stop = answerRequests(on, () => Promise.resolve(1));
    expect(listening()).toBe(true);
    stop();
    expect(listening()).toBe(false);
  });
});
