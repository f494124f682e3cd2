import { describe, expect, it } from 'vitest';
import { callWorker, WorkerError } from './call-worker';

describe('callWorker', () => {
  it('sends the call with its fields and unwraps the value', async () => {
    const sent: unknown[] = [];
    const value = await callWorker(async (m) => (sent.push(m), { ok: true, value: ['https://a.example/*'] }), 'user-sites');
    expect(value).toEqual(['https://a.example/*']);
    expect(sent).toEqual([{ type: 'user-sites' }]);
    await callWorker(async (m) => (sent.push(m), { ok: true, value: true }), 'open-reader', { postId: 'c:1' });
    expect(sent[1]).toEqual({ type: 'open-reader', postId: 'c:1' });
  });

  it('throws the worker’s reason when it refused, and says so when nothing came back', async () => {
    await expect(callWorker(async () => ({ ok: false, error: 'Refused: no.' }), 'user-sites')).rejects.toThrow(
      new WorkerError('Refused: no.'),
    );
    // The old shape of a refusal, or no listener at all, is never taken for a value.
    await expect(callWorker(async () => ({ error: 'x' }), 'user-sites')).rejects.toThrow(WorkerError);
    await expect(callWorker(async () => undefined, 'user-sites')).rejects.toThrow(/did not answer/);
  });
});
