/** The messages.json format of WebExtensions, and how a message with $NAME$ placeholders is filled. */
export type MessageEntry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
export type MessageTable = Record<string, MessageEntry>;

/** Fill "$P1$"-style placeholders whose content is "$1"… with the substitutions, as browsers do. */
export function formatMessage(entry: MessageEntry, subs: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_x, index: string) => subs[Number(index) - 1] ?? '');
  });
}
