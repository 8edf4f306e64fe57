/*
 * Test harness only: plays the preload's part in a stock browser. It defines `window.casekeep`
 * with the same two members as src/preload/index.ts, over fetch and server-sent events to the
 * loopback harness, so the renderer runs unchanged. The harness adds this script to index.html
 * as an external script (CSP `script-src 'self'`) carrying its token in the query string.
 */
(() => {
  'use strict';

  const BRIDGE_KEY = 'casekeep';
  // Same tag as tests/harness/wire-format.ts: bytes travel as base64 inside JSON.
  const BYTES_TAG = '__casekeepBytes';
  const UNREACHABLE = Object.freeze({
    ok: false,
    error: { code: 'INTERNAL', message: 'The call could not reach Casekeep.' },
  });

  const script = document.currentScript;
  const token = script instanceof HTMLScriptElement ? new URL(script.src).searchParams.get('token') || '' : '';

  function toBase64(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary);
  }

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function encode(value) {
    return JSON.stringify(value, function (key, converted) {
      const original = this[key];
      return original instanceof Uint8Array ? { [BYTES_TAG]: toBase64(original) } : converted;
    });
  }

  function decode(text) {
    return JSON.parse(text, (_key, value) => {
      if (value !== null && typeof value === 'object' && Object.keys(value).length === 1 && typeof value[BYTES_TAG] === 'string') {
        return fromBase64(value[BYTES_TAG]);
      }
      return value;
    });
  }

  function isResult(value) {
    return (
      value !== null &&
      typeof value === 'object' &&
      ((value.ok === true && 'value' in value) ||
        (value.ok === false && value.error !== null && typeof value.error === 'object' && typeof value.error.code === 'string'))
    );
  }

  // Like the preload: never throws, always answers a Result.
  async function invoke(method, input) {
    if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method.' } };
    try {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Casekeep-Token': token },
        body: encode({ method, input }),
        cache: 'no-store',
        credentials: 'omit',
      });
      const result = decode(await response.text());
      return isResult(result) ? result : UNREACHABLE;
    } catch {
      return UNREACHABLE;
    }
  }

  const listeners = new Set();
  let source = null;

  function deliver(message) {
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One failing listener must not starve the others; the error still reaches the console.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  function onEvent(listener) {
    if (typeof listener !== 'function') return () => undefined;
    // A wrapper per subscription, as the preload's `forward`: the same function twice is two.
    const wrapper = (event) => listener(event);
    listeners.add(wrapper);
    if (source === null) {
      source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = deliver;
    }
    return () => {
      listeners.delete(wrapper);
      if (listeners.size === 0 && source !== null) {
        source.close();
        source = null;
      }
    };
  }

  // contextBridge exposes a frozen copy under a property the page cannot replace.
  Object.defineProperty(window, BRIDGE_KEY, {
    value: Object.freeze({ invoke, onEvent }),
    enumerable: true,
    writable: false,
    configurable: false,
  });
})();
