/* global window, document, fetch, EventSource, HTMLScriptElement, btoa, atob, structuredClone, URL, URLSearchParams, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask */
/*
 * Test harness only: an emulation of what Electron's sandbox gives a preload script, in a stock
 * browser page. tests/harness/preload-script.ts serves this file together with the BUILT preload
 * (out/preload/index.js), wrapped as Electron wraps it, so the e2e suite runs the file that ships
 * (docs/security.md S34).
 *
 * What the emulation offers, as Electron does for `sandbox: true`:
 * - `require('electron')`: `contextBridge.exposeInMainWorld` and `ipcRenderer.invoke/on/
 *   removeListener`, wired to the loopback harness over fetch and server-sent events;
 * - `require('timers')` and `require('url')` (also as `node:timers`, `node:url`);
 * - anything else throws `module not found: NAME`, as Electron's sandboxed require does. Electron
 *   also offers `events`, which this emulation does not: a preload that needs it fails here first.
 * The preload's variables stay inside its wrapper function, so, as with context isolation, the
 * page never sees `require`, `module` or `process`.
 */

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the script that preload-script.ts generates
function createElectronSandbox(channels) {
  'use strict';

  // Same tag as tests/harness/wire-format.ts: bytes travel as base64 inside JSON.
  const BYTES_TAG = '__casekeepBytes';

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

  // --- ipcRenderer: main is the harness; its answer to a call is whatever main's handler returns.

  async function invoke(channel, ...args) {
    if (channel !== channels.invoke) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    // Electron sends a structured clone: what cannot be cloned (a function, a DOM node) rejects here.
    const [method, input] = structuredClone(args);
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Casekeep-Token': token },
      body: encode({ method, input }),
      cache: 'no-store',
      credentials: 'omit',
    });
    return decode(await response.text());
  }

  const listeners = new Map();
  let source = null;

  const ipcRenderer = Object.freeze({ invoke, on, removeListener });

  function deliver(message) {
    let data;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    // Electron hands every listener an IpcRendererEvent whose `sender` is ipcRenderer itself.
    const event = Object.freeze({ sender: ipcRenderer, senderId: 0, ports: [] });
    for (const listener of [...(listeners.get(channels.event) ?? [])]) {
      try {
        listener(event, data);
      } catch (error) {
        // One failing listener must not starve the others; the error still reaches the console.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  function on(channel, listener) {
    listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    if (channel === channels.event && source === null) {
      source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = deliver;
    }
    return ipcRenderer;
  }

  function removeListener(channel, listener) {
    const left = (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener);
    listeners.set(channel, left);
    if (channel === channels.event && left.length === 0 && source !== null) {
      source.close();
      source = null;
    }
    return ipcRenderer;
  }

  // --- contextBridge: the page gets a frozen copy under a property it cannot replace.

  function copyForMainWorld(value, depth) {
    if (depth > 1000) throw new Error('contextBridge: the object is nested too deeply.');
    if (typeof value === 'function') {
      // The page gets a stand-in, never the preload's own function object.
      return function (...args) {
        return value(...args);
      };
    }
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return Object.freeze(value.map((item) => copyForMainWorld(item, depth + 1)));
    const copy = {};
    for (const key of Object.keys(value)) copy[key] = copyForMainWorld(value[key], depth + 1);
    return Object.freeze(copy);
  }

  function exposeInMainWorld(key, api) {
    if (typeof key !== 'string') throw new TypeError('contextBridge.exposeInMainWorld: the key must be a string.');
    if (Object.hasOwn(window, key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    Object.defineProperty(window, key, {
      value: copyForMainWorld(api, 0),
      enumerable: true,
      writable: false,
      configurable: false,
    });
  }

  const electron = Object.freeze({ contextBridge: Object.freeze({ exposeInMainWorld }), ipcRenderer });
  const timers = Object.freeze({ setTimeout, clearTimeout, setInterval, clearInterval });
  const url = Object.freeze({ URL, URLSearchParams });
  const modules = new Map([
    ['electron', electron],
    ['timers', timers],
    ['node:timers', timers],
    ['url', url],
    ['node:url', url],
  ]);

  function sandboxedRequire(name) {
    if (typeof name === 'string' && modules.has(name)) return modules.get(name);
    // Electron's words for a module its sandboxed preload cannot have.
    throw new Error(`module not found: ${String(name)}`);
  }

  const module = { exports: {} };
  // Electron's sandboxed `process` is a small subset; the preload has no reason to read it.
  const process = Object.freeze({ platform: 'linux', type: 'renderer', sandboxed: true, contextIsolated: true, env: Object.freeze({}) });

  return Object.freeze({
    require: sandboxedRequire,
    module,
    exports: module.exports,
    process,
    global: window,
    setImmediate: (callback, ...args) => setTimeout(callback, 0, ...args),
    clearImmediate: (handle) => clearTimeout(handle),
    queueMicrotask,
  });
}
