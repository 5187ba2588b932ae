/* Aisle chat widget: one <script> tag gives a store a shopping assistant. No framework, no build.
 * Everything lives in a Shadow DOM so the store's CSS and ours never meet. Server strings (replies,
 * catalog titles) are only ever set as text, never parsed as HTML. */
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || window.__aisleWidget) return;
  window.__aisleWidget = true;

  const host = (script.dataset.aisleHost || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  const apiKey = script.dataset.apiKey || "";
  const title = script.dataset.title || "Shopping assistant";
  const storageKey = `aisle-widget:${host}`;
  const MAX_SIDE = 1024;
  const MAX_HISTORY = 40;
  const PHOTO_PROMPT = "What can you tell me about this photo?";

  /* The one way this file builds DOM: strings become text nodes, never markup. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function cameraIcon() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    const body = document.createElementNS(ns, "path");
    body.setAttribute("d", "M3 8h4l2-3h6l2 3h4v11H3z");
    const lens = document.createElementNS(ns, "circle");
    Object.entries({ cx: 12, cy: 13, r: 3.5 }).forEach(([k, v]) => lens.setAttribute(k, v));
    svg.append(body, lens);
    return svg;
  }

  function formatMoney(money) {
    if (!money || typeof money.amount !== "number" || !money.currency) return "";
    try {
      const format = new Intl.NumberFormat(undefined, { style: "currency", currency: money.currency });
      return format.format(money.amount / 10 ** format.resolvedOptions().maximumFractionDigits);
    } catch {
      return `${money.amount} ${money.currency}`;
    }
  }

  /* ---- state, persisted so a reload continues the conversation ---- */
  const state = { threadId: null, threadToken: null, history: [], open: false, busy: false, photo: null, lastCart: "" };
  const nodes = new WeakMap(); // history entry -> its rendered element
  let confirmButtons = []; // only the newest confirmation card can be answered
  let newestProducts = null; // the agent's numbering ("#2") refers to the latest list shown
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) || "{}");
    if (typeof saved.threadId === "string" && typeof saved.threadToken === "string") {
      state.threadId = saved.threadId; // the server minted both; a thread id alone is no longer enough
      state.threadToken = saved.threadToken;
    }
    if (Array.isArray(saved.history)) state.history = saved.history;
    state.open = saved.open === true;
  } catch { /* storage blocked or corrupt: start fresh */ }

  function save() {
    const { threadId, threadToken, history, open } = state;
    try {
      const kept = history.slice(-MAX_HISTORY).map(({ thumbnail, ...entry }) => entry); // photos stay out of storage
      localStorage.setItem(storageKey, JSON.stringify({ threadId, threadToken, history: kept, open }));
    } catch { /* private mode or quota: the conversation still works, it just won't survive a reload */ }
  }

  /* ---- the DOM ---- */
  const mount = el("div", { id: "aisle-widget" });
  const shadow = mount.attachShadow({ mode: "open" });
  const frame = el("div", { class: "aisle", hidden: true });
  const reveal = () => frame.removeAttribute("hidden");
  shadow.append(el("link", { rel: "stylesheet", href: new URL("widget.css", script.src).href, onload: reveal, onerror: reveal }), frame);

  const launcher = el("button", {
    type: "button", class: "launcher", "aria-label": `Open ${title}`, "aria-expanded": "false",
    "aria-controls": "aisle-panel", onclick: () => setOpen(!state.open),
  }, el("span", { class: "launcher-icon", "aria-hidden": "true" }));
  const log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation", tabindex: "0" });
  const typing = el("p", { class: "typing", hidden: true, role: "status" }, "Thinking…");
  const error = el("p", { class: "error", role: "alert", hidden: true });
  const fileInput = el("input", { type: "file", accept: "image/*", class: "file", tabindex: "-1", "aria-hidden": "true", onchange: onFile });
  const preview = el("div", { class: "preview", hidden: true });
  const input = el("input", { type: "text", class: "input", "aria-label": "Message", placeholder: "Ask about products…", autocomplete: "off", maxlength: "2000" });
  const sendButton = el("button", { type: "submit", class: "send", "aria-label": "Send message" }, "Send");
  const form = el("form", { class: "composer", onsubmit: onSubmit },
    el("button", { type: "button", class: "attach", "aria-label": "Attach a photo", onclick: () => fileInput.click() }, cameraIcon()),
    input, sendButton, fileInput);
  const panel = el("section", { id: "aisle-panel", class: "panel", role: "dialog", "aria-labelledby": "aisle-title", hidden: true },
    el("header", { class: "header" },
      el("h2", { id: "aisle-title", class: "title" }, title),
      el("button", { type: "button", class: "ghost", onclick: resetConversation }, "New chat"),
      el("button", { type: "button", class: "ghost close", "aria-label": "Close chat", onclick: () => setOpen(false) }, "×")),
    log, typing, error, preview, form);
  frame.append(panel, launcher);
  panel.addEventListener("keydown", (event) => { if (event.key === "Escape") setOpen(false); });

  function setOpen(open, moveFocus = true) {
    state.open = open;
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    launcher.setAttribute("aria-label", open ? `Close ${title}` : `Open ${title}`);
    if (open) {
      log.scrollTop = log.scrollHeight;
      if (moveFocus) input.focus();
    } else if (shadow.activeElement) {
      launcher.focus();
    }
    save();
  }

  function setBusy(busy) {
    state.busy = busy;
    typing.textContent = "Thinking…";
    typing.hidden = !busy;
    sendButton.disabled = busy;
    panel.setAttribute("aria-busy", String(busy));
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  /* ---- talking to the server ---- */
  function authHeaders() {
    return apiKey ? { "X-API-Key": apiKey } : {};
  }

  /* The conversation's secret, minted by the server with its thread id, goes only to chat turns. */
  function threadHeaders() {
    return state.threadToken ? { "X-Thread-Token": state.threadToken } : {};
  }

  function forgetThread() {
    state.threadId = null; // the next message starts a new conversation
    state.threadToken = null;
  }

  /* A conversation the server no longer knows (or whose token it refuses) is dropped. */
  function turnError(status, data) {
    if (["unknown_thread", "thread_token_invalid"].includes(data?.error?.code)) forgetThread();
    return new Error(errorMessage(status, data));
  }

  function errorMessage(status, data) {
    const detail = data?.error?.message
      ?? (typeof data?.detail === "string" ? data.detail : Array.isArray(data?.detail) ? data.detail.map((d) => d.msg).join("; ") : "");
    if (status === 401 || status === 403) return `The assistant refused the request (${status}): check the store's API key.${detail ? ` ${detail}` : ""}`;
    if (status === 413) return "That photo is too large. Please try a smaller one.";
    if (status === 415 || /image/.test(data?.error?.code || "")) return `I can't use that photo: ${detail || "it isn't an image I can read"}. Please send a JPEG, PNG or WebP photo.`;
    if (status >= 500) return `The assistant had a problem (${status}). Please try again in a moment.`;
    return detail ? `Sorry, that didn't work: ${detail}` : `Sorry, that didn't work (${status}).`;
  }

  /* What the assistant is doing ("weighed Trail Runner 2") replaces "Thinking…" while it works. */
  function showProgress(message) {
    const text = String(message).trim();
    if (text) typing.textContent = `${text.charAt(0).toUpperCase()}${text.slice(1)}…`;
  }

  /* One turn over /v1/chat/stream (Server-Sent Events read from fetch: EventSource cannot POST).
   * A server without the stream (404/405), or a request that got no answer at all, falls back to
   * /v1/chat. Once the stream has answered the turn has begun, so it is never sent twice. */
  async function postTurn(payload) {
    let response;
    try {
      response = await fetch(`${host}/v1/chat/stream`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream", ...authHeaders(), ...threadHeaders() },
        body: payload,
      });
    } catch {
      return postPlainTurn(payload);
    }
    if (response.status === 404 || response.status === 405) return postPlainTurn(payload);
    if (!response.ok) throw turnError(response.status, await response.json().catch(() => null));
    return readTurn(response);
  }

  async function postPlainTurn(payload) {
    const response = await fetch(`${host}/v1/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...authHeaders(), ...threadHeaders() },
      body: payload,
    });
    const data = await response.json().catch(() => null);
    if (!response.ok || !data) throw turnError(response.status, data);
    return data;
  }

  /* `progress` events update the status line; one `turn` (the /v1/chat answer) or `error` ends it. */
  async function readTurn(response) {
    let turn = null;
    let failure = null;
    const parse = eventStreamParser((event, data) => {
      let value;
      try { value = JSON.parse(data); } catch { return; }
      if (turn || failure) return;
      if (event === "progress") showProgress(value?.message ?? "");
      else if (event === "turn") turn = value;
      else if (event === "error") failure = value;
    });
    const reader = response.body?.getReader?.();
    if (!reader) {
      parse(await response.text());
    } else {
      const decoder = new TextDecoder();
      try {
        while (!turn && !failure) {
          const { value, done } = await reader.read();
          if (done) break;
          parse(decoder.decode(value, { stream: true }));
        }
      } catch { /* the connection broke mid-turn: said below */ }
      reader.cancel().catch(() => {});
    }
    if (failure) throw new Error(errorMessage(0, failure));
    if (!turn) throw new Error("The connection dropped before the reply arrived; the assistant may still have done what you asked.");
    return turn;
  }

  /* The text/event-stream format, fed in arbitrary chunks: fields up to a blank line make an event. */
  function eventStreamParser(onEvent) {
    let pending = "";
    let event = "";
    let data = [];
    return (chunk) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop();
      for (const raw of lines) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (!line) {
          if (data.length) onEvent(event || "message", data.join("\n"));
          event = "";
          data = [];
          continue;
        }
        if (line.startsWith(":")) continue; // a comment, e.g. the server's keep-alive ping
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") event = value;
        else if (field === "data") data.push(value);
      }
    };
  }

  async function send(body, echo) {
    if (state.busy) return false;
    showError("");
    setBusy(true);
    const echoEntry = echo ? addEntry({ kind: "user", ...echo }) : null;
    try {
      const data = await postTurn(JSON.stringify(state.threadId ? { thread_id: state.threadId, ...body } : body));
      if (data.thread_id && data.thread_token) [state.threadId, state.threadToken] = [data.thread_id, data.thread_token];
      addEntry({ kind: "bot", data });
      return true;
    } catch (err) {
      if (echoEntry) removeEntry(echoEntry);
      showError(err instanceof TypeError ? "Can't reach the assistant. Check your connection and try again." : err.message);
      return false;
    } finally {
      setBusy(false);
      save();
      if (state.open && !shadow.activeElement) input.focus();
    }
  }

  async function onSubmit(event) {
    event.preventDefault();
    const text = input.value.trim();
    const photo = state.photo;
    if (!text && !photo) return;
    const body = { message: text || PHOTO_PROMPT };
    if (photo) body.image = photo;
    input.value = "";
    setPhoto(null);
    if (!(await send(body, { text: body.message, photo: Boolean(photo), thumbnail: photo }))) {
      input.value = text;
      setPhoto(photo);
    }
  }

  /* ---- photos: resized in the browser so uploads stay small ---- */
  function loadImage(file) {
    return new Promise((resolve, reject) => {
      const url = URL.createObjectURL(file);
      const img = new Image();
      img.onload = () => { URL.revokeObjectURL(url); resolve(img); };
      img.onerror = () => { URL.revokeObjectURL(url); reject(new Error(`I can't open “${file.name}” as a photo. Please choose a JPEG, PNG or WebP image.`)); };
      img.src = url;
    });
  }

  async function resizeImage(file) {
    const img = await loadImage(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = el("canvas", { width: Math.max(1, Math.round(img.naturalWidth * scale)), height: Math.max(1, Math.round(img.naturalHeight * scale)) });
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL("image/jpeg", 0.85);
  }

  async function onFile() {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    try {
      if (file.type && !file.type.startsWith("image/")) throw new Error(`“${file.name}” isn't a photo. Please choose a JPEG, PNG or WebP image.`);
      setPhoto(await resizeImage(file));
      showError("");
    } catch (err) {
      showError(err.message);
    }
    input.focus();
  }

  function setPhoto(dataUrl) {
    state.photo = dataUrl;
    preview.hidden = !dataUrl;
    preview.replaceChildren(...(dataUrl ? [
      el("img", { src: dataUrl, alt: "Photo to send" }),
      el("button", { type: "button", class: "ghost", "aria-label": "Remove photo", onclick: () => { setPhoto(null); input.focus(); } }, "Remove"),
    ] : []));
  }

  /* ---- rendering a conversation ---- */
  function addEntry(entry) {
    if (entry.kind === "bot") confirmButtons.forEach((b) => { b.disabled = true; });
    state.history.push(entry);
    const node = renderEntry(entry, true);
    nodes.set(entry, node);
    log.append(node);
    log.scrollTop = log.scrollHeight;
    return entry;
  }

  function removeEntry(entry) {
    state.history = state.history.filter((e) => e !== entry);
    nodes.get(entry)?.remove();
  }

  function renderEntry(entry, live) {
    if (entry.kind === "user") {
      const photo = entry.thumbnail ? el("img", { class: "sent-photo", src: entry.thumbnail, alt: "Your photo" })
        : entry.photo ? el("span", { class: "tag" }, cameraIcon(), "Photo") : null;
      return el("div", { class: "msg user" }, el("p", { class: "bubble" }, photo, entry.text));
    }
    const data = entry.data || {};
    const node = el("div", { class: "msg bot" });
    const products = Array.isArray(data.products) ? data.products : [];
    const reply = withoutListedProducts(data.reply || "", products);
    if (reply) node.append(el("p", { class: "bubble", text: reply }));
    if (products.length) {
      newestProducts = data.products;
      node.append(renderProducts(data.products));
    }
    if (data.order) node.append(renderOrder(data.order));
    else if (data.awaiting_confirmation) node.append(renderConfirmation(data, live));
    else if (data.cart) {
      const key = JSON.stringify([data.cart.lines, data.cart.subtotal]);
      if (key !== state.lastCart && data.cart.lines?.length) node.append(renderCart(data.cart));
      state.lastCart = key;
    }
    return node;
  }

  /* Each product shows once, as a card: a reply line that only lists a card ("2. Trail Runner —
   * $89.99 — out of stock") is dropped; sentences around it ("Here are the closest matches:") and
   * lines that say more about a product (a comparison, a recommendation's reasons) stay. */
  function withoutListedProducts(reply, products) {
    if (!products.length) return reply;
    const titles = products.map((p) => (p.title || "").trim()).filter(Boolean);
    const onlyLists = (line) => {
      const listed = line.match(/^\s*\d+[.)]\s+(.*)$/);
      const title = listed && titles.find((t) => listed[1].includes(t));
      if (!title) return false;
      const rest = listed[1].replace(title, "").replace(/out of stock/i, "").replace(/\b[A-Z]{3}\b/g, "");
      return /^[\s—–\-:()$€£¥.,\d]*$/.test(rest);
    };
    return reply.split("\n").filter((line) => !onlyLists(line)).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  }

  /* A row of cards that scrolls sideways, a card at a time, with buttons when it overflows. */
  function renderProducts(products) {
    const row = el("ul", { class: "products", "aria-label": "Products", tabindex: "0" }, products.map((product) => el("li", { class: "card" },
      productImage(product),
      product.ordinal ? el("span", { class: "ordinal", "aria-hidden": "true" }, `#${product.ordinal}`) : null,
      el("p", { class: "card-title", text: product.title || product.id }),
      el("p", { class: "price", text: formatMoney(product.price) }),
      el("div", { class: "choices", hidden: true }),
      el("button", {
        type: "button", class: "add", disabled: product.in_stock === false,
        "aria-label": `Add ${product.title || product.id} to cart`,
        onclick: (event) => addToCart(product, products, event.currentTarget.closest(".card")),
      }, product.in_stock === false ? "Out of stock" : "Add to cart"))));
    const step = (direction) => () => row.scrollBy({ left: direction * (row.firstChild?.getBoundingClientRect().width + 8 || 160), behavior: "smooth" });
    const back = el("button", { type: "button", class: "scroll prev", "aria-label": "Previous products", onclick: step(-1) }, "‹");
    const next = el("button", { type: "button", class: "scroll next", "aria-label": "More products", onclick: step(1) }, "›");
    const update = () => {
      back.hidden = row.scrollLeft <= 2;
      next.hidden = row.scrollLeft + row.clientWidth >= row.scrollWidth - 2;
    };
    row.addEventListener("scroll", update, { passive: true });
    requestAnimationFrame(update);
    new ResizeObserver(update).observe(row);
    return el("div", { class: "carousel" }, row, back, next);
  }

  /* "Add to cart" on a product with sizes or colours offers them on the card (in-stock values
   * only), then says what was chosen in the shopper's words, as if typed. */
  async function addToCart(product, list, card) {
    const name = product.title || product.id;
    const byNumber = list === newestProducts && product.ordinal;
    const who = byNumber ? `#${product.ordinal}` : name;
    const options = await variantChoices(product.id);
    const box = card?.querySelector(".choices");
    if (!box || !options.length) {
      send({ message: `add ${who} to my cart` }, { text: `Add ${name} to my cart` });
      return;
    }
    const selects = options.map(([option, values]) => el("label", { class: "choice" },
      el("span", {}, option === "color" ? "Colour" : option.charAt(0).toUpperCase() + option.slice(1)),
      el("select", { "data-option": option }, values.map((v) => el("option", { value: v }, v)))));
    box.replaceChildren(...selects, el("button", {
      type: "button", class: "primary pick",
      onclick: () => {
        const chosen = Object.fromEntries([...box.querySelectorAll("select")].map((s) => [s.dataset.option, s.value]));
        const words = [chosen.color ? `in ${chosen.color}` : "", chosen.size ? `size ${chosen.size}` : "",
          ...Object.entries(chosen).filter(([k]) => k !== "color" && k !== "size").map(([k, v]) => `${k} ${v}`)].filter(Boolean).join(", ");
        box.hidden = true;
        addButton.hidden = false;
        send({ message: `add ${who} ${words} to my cart` }, { text: `Add ${name} (${Object.values(chosen).join(", ")}) to my cart` });
      },
    }, "Add"));
    const addButton = card.querySelector(".add");
    addButton.hidden = true; // the picker's own "Add" replaces it until the shopper picks
    box.hidden = false;
    box.querySelector("select")?.focus();
  }

  /* [[option, [values…]], …] for options that differ between in-stock variants; [] when none do. */
  async function variantChoices(productId) {
    try {
      const response = await fetch(`${host}/v1/products/${encodeURIComponent(productId)}`, { headers: authHeaders() });
      if (!response.ok) return [];
      const variants = ((await response.json())?.variants || []).filter((v) => v.in_stock !== false);
      const values = new Map();
      for (const variant of variants) {
        for (const [option, value] of Object.entries(variant.options || {})) {
          if (!values.has(option)) values.set(option, []);
          if (!values.get(option).includes(value)) values.get(option).push(value);
        }
      }
      return [...values].filter(([, list]) => list.length > 1);
    } catch {
      return [];
    }
  }

  function productImage(product) {
    const box = el("div", { class: "thumb", "aria-hidden": "true" }, (product.title || "?").trim().charAt(0).toUpperCase());
    const show = (src) => box.replaceChildren(el("img", { src, alt: "", loading: "lazy" }));
    const external = typeof product.image_url === "string" && /^https?:\/\//i.test(product.image_url);
    if (external) {
      show(product.image_url);
      box.firstChild.addEventListener("error", () => box.replaceChildren((product.title || "?").charAt(0)));
    } else if (product.id) {
      fetch(`${host}/v1/products/${encodeURIComponent(product.id)}/image`, { headers: authHeaders() })
        .then((r) => (r.ok && (r.headers.get("content-type") || "").startsWith("image/") ? r.blob() : null))
        .then((blob) => blob && show(URL.createObjectURL(blob)))
        .catch(() => { /* keep the initial-letter placeholder */ });
    }
    return box;
  }

  function renderLines(lines) {
    return el("ul", { class: "lines" }, (lines || []).map((line) => {
      const unit = line.unit_price;
      const total = line.subtotal || line.total || (unit ? { amount: unit.amount * (line.quantity || 1), currency: unit.currency } : null);
      const name = [line.title || line.product_id || "item", line.variant_title].filter(Boolean).join(" · ");
      return el("li", {},
        el("span", { class: "line-title", text: `${line.quantity || 1} × ${name}` }),
        el("span", { class: "amount", text: formatMoney(total) }));
    }));
  }

  function totalRow(label, money) {
    return money ? el("p", { class: "total" }, el("span", {}, label), el("span", { class: "amount", text: formatMoney(money) })) : null;
  }

  function renderCart(cart) {
    return el("section", { class: "panel-card cart", "aria-label": "Cart" },
      el("h3", {}, "Your cart"), renderLines(cart.lines), totalRow("Subtotal", cart.subtotal));
  }

  /* What the shopper approves is the turn's own checkout: items, shipping, tax and the total charged. */
  function renderConfirmation(data, live) {
    const checkout = data.checkout || {};
    const lines = checkout.lines || data.cart?.lines || [];
    const card = el("section", { class: "panel-card confirm", "aria-label": "Confirm your order" },
      el("h3", {}, "Confirm your order"), renderLines(lines));
    if (checkout.total) {
      card.append(el("div", { class: "breakdown" },
        el("p", { class: "sub" }, el("span", {}, "Subtotal"), el("span", { class: "amount", text: formatMoney(checkout.subtotal) })),
        el("p", { class: "sub" }, el("span", {}, "Shipping"), el("span", { class: "amount", text: checkout.shipping?.amount === 0 ? "Free" : formatMoney(checkout.shipping) })),
        checkout.tax?.amount ? el("p", { class: "sub" }, el("span", {}, "Tax"), el("span", { class: "amount", text: formatMoney(checkout.tax) })) : null),
        totalRow("Total", checkout.total));
    } else {
      card.append(totalRow("Subtotal (before shipping and tax)", data.cart?.subtotal));
    }
    const buttons = [true, false].map((approved) => el("button", {
      type: "button", class: approved ? "primary" : "secondary", disabled: !live,
      onclick: async () => {
        buttons.forEach((b) => { b.disabled = true; });
        const ok = await send({ resume: { approved } }, { text: approved ? "Confirm order" : "Cancel" });
        if (!ok) buttons.forEach((b) => { b.disabled = false; });
      },
    }, approved ? "Confirm order" : "Cancel"));
    if (live) confirmButtons = buttons;
    card.append(el("div", { class: "actions" }, buttons));
    return card;
  }

  function renderOrder(order) {
    return el("section", { class: "panel-card order", "aria-label": "Order placed" },
      el("h3", {}, "Order placed ✓"),
      el("p", { class: "order-id", text: `Order ${order.id}` }),
      renderLines(order.lines), totalRow("Total", order.total));
  }

  function resetConversation() {
    forgetThread();
    state.history = [];
    state.lastCart = "";
    newestProducts = null;
    confirmButtons = [];
    log.replaceChildren();
    showError("");
    save();
    input.focus();
  }

  /* ---- start: replay the saved conversation, only the last confirmation stays actionable ---- */
  state.history.forEach((entry, i) => {
    const node = renderEntry(entry, i === state.history.length - 1);
    nodes.set(entry, node);
    log.append(node);
  });
  document.body.append(mount);
  if (state.open) setOpen(true, false); // reopened after a reload, without stealing the page's focus
})();
