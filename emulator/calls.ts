// Call accounting for the emulated services: every method call on an object handed to the
// add-on is counted by name ('Range.setValues'), can be made to fail (call k from now throws),
// and adds a simulated latency. Unknown members throw 'Not emulated: Range.foo' when called.

export class CallLog {
  private counts = new Map<string, number>();
  private totalCalls = 0;
  private failAtCall: number | undefined;
  private failWith: Error | undefined;
  private simulated = 0;
  latencyMs = 0;
  /** Every counted call in order (method names), kept for debugging and benches. */
  readonly trace: string[] = [];
  private tracing = false;
  private hooks: { matches: (method: string) => boolean; action: () => void }[] = [];

  record(method: string): void {
    this.totalCalls++;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.simulated += this.latencyMs;
    if (this.tracing) this.trace.push(method);
    const hook = this.hooks.findIndex((h) => h.matches(method));
    if (hook >= 0) this.hooks.splice(hook, 1)[0].action();
    if (this.failAtCall !== undefined && this.totalCalls >= this.failAtCall) {
      const error = this.failWith ?? new Error(`Injected failure at ${method}`);
      this.failAtCall = undefined;
      this.failWith = undefined;
      throw error;
    }
  }

  reset(): void {
    this.counts.clear();
    this.totalCalls = 0;
    this.simulated = 0;
    this.trace.length = 0;
    this.failAtCall = undefined;
    this.failWith = undefined;
    this.hooks = [];
  }

  total(): number {
    return this.totalCalls;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Simulated time spent in service calls (calls × latencyMs). */
  simulatedMs(): number {
    return this.simulated;
  }

  /** Makes the k-th counted call from now (1 = the next one) throw `error`. */
  failAt(k: number, error?: Error): void {
    if (!Number.isInteger(k) || k < 1) throw new Error('failAt expects a call number from 1');
    this.failAtCall = this.totalCalls + k;
    this.failWith = error;
  }

  /** Runs `action` once, just before the next counted call named like `method` takes effect
   * (e.g. a user typing into a cell between two of the add-on's calls). */
  beforeCall(method: string | RegExp, action: () => void): void {
    const matches = typeof method === 'string' ? (m: string) => m === method : (m: string) => method.test(m);
    this.hooks.push({ matches, action });
  }

  cancelFailure(): void {
    this.failAtCall = undefined;
    this.failWith = undefined;
  }

  setTracing(on: boolean): void {
    this.tracing = on;
  }
}

// Members that test frameworks, Promise resolution and Node inspection probe on any object.
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'constructor',
  'inspect',
  'length',
]);

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** Wraps an emulated object so calls on it are counted under `className.method`. */
export function tracked<T extends object>(target: T, className: string, log: CallLog): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PROBED.has(prop) || prop.startsWith('_')) return Reflect.get(obj, prop, receiver);
      const value = Reflect.get(obj, prop, obj);
      if (value === undefined) {
        return () => {
          throw new Error(`Not emulated: ${className}.${prop}`);
        };
      }
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        log.record(`${className}.${prop}`);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return result === obj ? proxy : result;
      };
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}

/** The emulated object behind a tracked proxy (or the object itself). */
export function untracked<T extends object>(value: T): T {
  return (targets.get(value) as T | undefined) ?? value;
}
