// A minimal storefront chat on Aisle with the Vercel AI SDK's useChat (React, ai 6.x).
// `POST /v1/chat` answers an AI SDK request with the UI message stream; see docs/ai-sdk.md.
'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useRef, useState } from 'react';

const AISLE = 'https://shop.example.com'; // your `aisle serve`
const STOREFRONT_KEY = 'pk_...'; // a storefront key (AISLE_API_KEYS), public by design

type Money = { amount: number; currency: string };
const price = (m: Money) => `${(m.amount / 100).toFixed(2)} ${m.currency}`;

export function AisleChat() {
  // Aisle mints the conversation: keep its id and token from the `data-conversation` part.
  const conversation = useRef<{ thread_id?: string; thread_token?: string }>({});
  const [input, setInput] = useState('');
  const { messages, sendMessage, status } = useChat({
    transport: new DefaultChatTransport({
      api: `${AISLE}/v1/chat`,
      headers: () => ({
        Authorization: `Bearer ${STOREFRONT_KEY}`,
        ...(conversation.current.thread_token
          ? { 'X-Thread-Token': conversation.current.thread_token }
          : {}),
      }),
      body: () =>
        conversation.current.thread_id ? { thread_id: conversation.current.thread_id } : {},
    }),
    onData: (part) => {
      if (part.type === 'data-conversation') {
        const data = part.data as { thread_id: string; thread_token: string | null };
        conversation.current.thread_id = data.thread_id;
        if (data.thread_token) conversation.current.thread_token = data.thread_token;
      }
    },
  });

  return (
    <div>
      {messages.map((message) => (
        <div key={message.id} className={message.role}>
          {message.parts.map((part, i) => {
            if (part.type === 'text') return <p key={i}>{part.text}</p>;
            if (part.type === 'data-products') {
              const products = part.data as { id: string; title: string; price: Money }[];
              return (
                <ul key={i}>
                  {products.map((p) => (
                    <li key={p.id}>
                      {p.title}: {price(p.price)}
                    </li>
                  ))}
                </ul>
              );
            }
            if (part.type === 'data-checkout') {
              // Nothing is bought without this yes: send exactly the body Aisle asked for.
              const checkout = part.data as {
                summary: { totals: { total: Money } };
                approve: object;
                decline: object;
              };
              return (
                <div key={i}>
                  Total {price(checkout.summary.totals.total)}
                  <button onClick={() => sendMessage({ text: 'Yes, place the order' }, { body: checkout.approve })}>
                    Place order
                  </button>
                  <button onClick={() => sendMessage({ text: 'No' }, { body: checkout.decline })}>
                    Cancel
                  </button>
                </div>
              );
            }
            return null; // data-progress, data-cart, data-order: render as you like
          })}
        </div>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (input.trim()) sendMessage({ text: input });
          setInput('');
        }}
      >
        <input value={input} onChange={(e) => setInput(e.target.value)} disabled={status !== 'ready'} />
      </form>
    </div>
  );
}
