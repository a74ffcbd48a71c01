// How a message of the protocol is declared: its payload, its reply, and who may send it.
import * as z from 'zod/mini';
import type { SenderDeclaration, SenderRule } from './senders';

type Shape = z.core.$ZodLooseShape;

/**
 * One message: the fields its request carries besides `type` (nothing else allowed), its reply value, and who may
 * send it, e.g. `{ from: ['extension-pages'] }` (lib/rpc/senders.ts). A message that declares no sender is refused
 * from everyone, so a new message must say who sends it.
 */
export function message<P extends Shape, R extends z.ZodMiniType>(payload: P, result: R, senders: SenderDeclaration = {}) {
  const rule: SenderRule = { ...senders, pageScoped: 'pageId' in payload };
  return { payload: z.strictObject(payload), result, senders: rule };
}
