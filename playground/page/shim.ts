// google.script.run and google.script.host for the sidebar running in the playground. The
// sidebar sits in a sandboxed iframe (as in Sheets); calls go to the parent page by postMessage,
// which forwards them to the real server code. Arguments are checked against Apps Script's
// rules here, in the browser, because JSON would silently turn a Date into a string.
import { findIllegalValue } from '../serialisation';

type Handler = (value: unknown, userObject?: unknown) => void;

interface Pending {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

const CHANNEL = 'okr-playground';
const pending = new Map<number, Pending>();
let nextId = 1;

window.addEventListener('message', (event) => {
  const data = event.data as {
    channel?: string;
    type?: string;
    id?: number;
    ok?: boolean;
    result?: unknown;
    error?: { name: string; message: string };
  };
  if (event.source !== window.parent || data?.channel !== CHANNEL) return;
  // The page's grid was edited: tell the sidebar, which reads its overview again.
  if (data.type === 'sheet-edited') {
    window.dispatchEvent(new Event('okr:sheet-edited'));
    return;
  }
  if (data.type !== 'result') return;
  const call = pending.get(data.id ?? -1);
  if (!call) return;
  pending.delete(data.id!);
  if (data.ok) {
    call.success?.(data.result, call.userObject);
  } else {
    const error = new Error(data.error?.message ?? 'Unknown server error');
    error.name = data.error?.name ?? 'ScriptError';
    if (call.failure) call.failure(error, call.userObject);
    else console.error(error);
  }
});

function runner(handlers: Pending): unknown {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        if (name === 'withSuccessHandler') return (success: Handler) => runner({ ...handlers, success });
        if (name === 'withFailureHandler') return (failure: Handler) => runner({ ...handlers, failure });
        if (name === 'withUserObject') return (userObject: unknown) => runner({ ...handlers, userObject });
        return (...args: unknown[]) => {
          args.forEach((arg, i) => {
            const problem = findIllegalValue(arg, `argument ${i + 1} of ${name}`);
            if (problem) throw new TypeError(`google.script.run.${name}: ${problem}`);
          });
          const id = nextId++;
          pending.set(id, handlers);
          // JSON also turns undefined inside arrays into null, as Apps Script does.
          window.parent.postMessage(
            { channel: CHANNEL, type: 'run', id, functionName: name, args: JSON.parse(JSON.stringify(args)) },
            '*',
          );
        };
      },
    },
  );
}

const host = {
  close: () => window.parent.postMessage({ channel: CHANNEL, type: 'close' }, '*'),
  setHeight: (_height: number) => undefined,
  setWidth: (_width: number) => undefined,
  editor: { focus: () => undefined },
  origin: window.location.origin,
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
