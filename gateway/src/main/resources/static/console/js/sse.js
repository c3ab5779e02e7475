// Server-Sent Events with the bearer token. The browser's EventSource cannot send an Authorization header, so the
// stream is read with fetch and parsed as the HTML standard says (fields event, data, id, retry; comments ignored).
// On a dropped connection it reconnects by itself with Last-Event-ID, as EventSource would, so nothing is missed.
import { accessToken } from './auth.js';

const MAX_RETRY_MS = 15_000;

/**
 * Listens to {@code path}. {@code onEvent({type, data, id})} gets each event; {@code onState(state, detail)} gets
 * 'connecting', 'open', 'reconnecting', 'closed' or 'failed' (with the problem). {@code until(event)} true ends the
 * subscription after that event (a stream that ends by design). Returns {close()}.
 */
export function subscribe(path, { onEvent, onState = () => {}, until = () => false }) {
  const controller = new AbortController();
  let lastEventId = null;
  let retryMs = 1000;
  let attempt = 0;
  let closed = false;

  const close = () => {
    closed = true;
    controller.abort();
  };

  async function connect() {
    while (!closed) {
      onState(attempt === 0 ? 'connecting' : 'reconnecting');
      attempt++;
      try {
        const headers = { Accept: 'text/event-stream', Authorization: 'Bearer ' + await accessToken() };
        if (lastEventId !== null) {
          headers['Last-Event-ID'] = lastEventId;
        }
        const response = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
        if (!response.ok) {
          const problem = await response.json().catch(() => ({ title: `Erreur ${response.status}` }));
          if (response.status !== 401 && response.status !== 429 && response.status < 500) {
            onState('failed', problem);
            return;
          }
        } else {
          retryMs = 1000;
          onState('open');
          if (await read(response.body)) {
            onState('closed');
            return;
          }
        }
      } catch (dropped) {
        if (closed) {
          return;
        }
      }
      if (closed) {
        return;
      }
      onState('reconnecting');
      await new Promise(resolve => setTimeout(resolve, retryMs));
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }
  }

  /** Reads events until the stream ends; true when {@code until} said the subscription is over. */
  async function read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = { type: 'message', data: [], id: null };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return false;
      }
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop();
      for (const line of lines) {
        if (line === '') {
          if (event.id !== null) {
            lastEventId = event.id;
          }
          if (event.data.length > 0) {
            const dispatched = { type: event.type, data: event.data.join('\n'), id: lastEventId };
            onEvent(dispatched);
            if (until(dispatched)) {
              close();
              return true;
            }
          }
          event = { type: 'message', data: [], id: null };
          continue;
        }
        if (line.startsWith(':')) {
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let content = colon < 0 ? '' : line.slice(colon + 1);
        if (content.startsWith(' ')) {
          content = content.slice(1);
        }
        if (field === 'event') {
          event.type = content;
        } else if (field === 'data') {
          event.data.push(content);
        } else if (field === 'id' && !content.includes('\0')) {
          event.id = content;
        } else if (field === 'retry' && /^\d+$/.test(content)) {
          retryMs = Number(content);
        }
      }
    }
  }

  connect();
  return { close };
}
