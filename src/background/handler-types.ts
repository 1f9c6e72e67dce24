import type { MessageOf, MessageType, ResponseOf } from '../shared/messages';
import type { Runtime } from '../shared/platform';

export type Handler<T extends MessageType> = (message: MessageOf<T>, sender: Runtime.MessageSender) => Promise<ResponseOf<T>>;
export type HandlerMap = { [T in MessageType]: Handler<T> };
export type HandlersFor<T extends MessageType> = { [K in T]: Handler<K> };

export function tabIdOf(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('content-script message without a tab');
  return id;
}
