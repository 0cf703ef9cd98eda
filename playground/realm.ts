// The add-on runs in its own V8 context (as in Apps Script), so the arrays and objects it builds
// belong to that context, while the emulator and HyperFormula live in Node's. Some library code
// checks `instanceof Array`, which fails across contexts. This membrane sits between the two:
// every service call the add-on makes gets its arguments copied into Node's realm, and every
// service object it gets back is wrapped again, so the add-on code itself runs unchanged.

type AnyFunction = (...args: unknown[]) => unknown;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** An object the add-on calls methods on (Range, Sheet, Ui, builders...), not plain data. */
function isServiceObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isDate(value)) return false;
  if (!isPlainObject(value)) return true;
  // Services built as object literals (SpreadsheetApp, Ui): plain, but with methods.
  return Object.keys(value).some((key) => typeof (value as Record<string, unknown>)[key] === 'function');
}

export interface Membrane {
  /** The object the add-on sees for a host object (services, their results). */
  wrap<T>(value: T): T;
  /** Copies a value from the add-on's context into Node's realm (arrays and plain objects). */
  toHost(value: unknown): unknown;
}

/** `onCall` hears every method call made through the membrane, after it returned. */
export function createMembrane(onCall: (method: string) => void = () => undefined): Membrane {
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();

  const toHost = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const target = targets.get(value);
    if (target) return target;
    if (Array.isArray(value)) return Array.from(value, toHost);
    if (isDate(value)) return value instanceof Date ? value : new Date((value as Date).getTime());
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) copy[key] = toHost((value as Record<string, unknown>)[key]);
      return copy;
    }
    return value;
  };

  const wrapResult = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value.some((v) => isServiceObject(v) || Array.isArray(v)) ? value.map(wrapResult) : value;
    return isServiceObject(value) ? wrap(value) : value;
  };

  function wrap<T>(value: T): T {
    if (!isServiceObject(value)) return value;
    const object = value as unknown as object;
    const existing = proxies.get(object);
    if (existing) return existing as T;
    const proxy = new Proxy(object, {
      get(target, key) {
        const member = Reflect.get(target, key, target);
        if (typeof member === 'function') {
          return (...args: unknown[]) => {
            const result = (member as AnyFunction).apply(target, args.map(toHost));
            if (typeof key === 'string') onCall(key);
            return wrapResult(result);
          };
        }
        return wrapResult(member);
      },
    });
    proxies.set(object, proxy);
    targets.set(proxy, object);
    return proxy as T;
  }

  return { wrap, toHost };
}
