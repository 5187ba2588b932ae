// Talks to Aisle's POST /v1/chat exactly as a useChat storefront does (the ai package's
// DefaultChatTransport), and reads each reply with the package's own readUIMessageStream.
// Usage: node ui_stream.mjs BASE_URL '["message", ...]'  -> prints one JSON report per turn.
import { DefaultChatTransport, readUIMessageStream } from 'ai';

const [base, script] = process.argv.slice(2);
const transport = new DefaultChatTransport({ api: `${base}/v1/chat` });
const messages = [];
const conversation = { thread_id: null, thread_token: null };
const reports = [];

async function turn(text, extraBody) {
  messages.push({ id: `user-${messages.length}`, role: 'user', parts: [{ type: 'text', text }] });
  const headers = conversation.thread_token ? { 'X-Thread-Token': conversation.thread_token } : {};
  const body = { ...(conversation.thread_id ? { thread_id: conversation.thread_id } : {}), ...extraBody };
  const stream = await transport.sendMessages({
    chatId: 'storefront-chat', messages, trigger: 'submit-message', messageId: undefined,
    abortSignal: undefined, headers, body,
  });
  const [forReader, forTypes] = stream.tee();
  const types = [];
  const counting = (async () => {
    const reader = forTypes.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      types.push(value.type);
    }
  })();
  let message;
  for await (const snapshot of readUIMessageStream({ stream: forReader, terminateOnError: true })) {
    message = snapshot;
  }
  await counting;
  messages.push(message);
  const conv = message.parts.find((p) => p.type === 'data-conversation');
  if (conv?.data.thread_token) conversation.thread_token = conv.data.thread_token;
  if (conv) conversation.thread_id = conv.data.thread_id;
  const reply = message.parts.filter((p) => p.type === 'text').map((p) => p.text).join('');
  reports.push({ types, text: reply, metadata: message.metadata ?? null, parts: message.parts });
  return message;
}

for (const text of JSON.parse(script)) {
  const said = await turn(text, {});
  const pending = said.parts.find((p) => p.type === 'data-checkout');
  if (pending && text === JSON.parse(script).at(-1)) {
    await turn('yes, place the order', pending.data.approve);  // the shopper's yes
  }
}
console.log(JSON.stringify(reports));
