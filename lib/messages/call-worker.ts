/**
 * The one way to call the worker, from content scripts and extension pages alike: sends the call,
 * unwraps its `Result`, and throws `WorkerError` with the worker's reason when it refused.
 */
import type { RequestOf, WorkerCall, WorkerCalls } from './protocol';
import { isRecord } from '../text/is-record';

export class WorkerError extends Error {}

export type Send = (message: unknown) => Promise<unknown>;

type Fields<K extends WorkerCall> = Omit<RequestOf<K>, 'type'>;

const isResult = (v: unknown): v is { ok: true; value: unknown } | { ok: false; error: unknown } =>
  isRecord(v) && typeof v.ok === 'boolean';

export async function callWorker<K extends WorkerCall>(
  send: Send,
  type: K,
  ...fields: Record<string, never> extends Fields<K> ? [Fields<K>?] : [Fields<K>]
): Promise<WorkerCalls[K]['reply']> {
  const reply = await send({ type, ...fields[0] });
  if (!isResult(reply)) throw new WorkerError('Backstory’s worker did not answer.');
  if (!reply.ok) throw new WorkerError(String(reply.error));
  // The worker answers each call with that call's reply type (protocol.ts, WorkerCalls): this is
  // the one place its value is taken as such.
  return reply.value as WorkerCalls[K]['reply'];
}
