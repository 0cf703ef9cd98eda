// Call accounting for the emulated services. Every method call on an object handed to the add-on
// is counted by name ('Range.setValues') and marked as a round trip to the Sheets server or as a
// local call that Apps Script answers inside the script (builders, getters of an object already
// fetched; see README "Round trips"). A call can be made to fail (call k from now throws, before
// or after it took effect) and a round trip adds a simulated latency. Unknown members throw
// 'Not emulated: Range.foo' when called.

export type CallKind = 'local' | 'server';

// Classes whose every method stays in the script: builders (nothing is sent until the built value
// is applied with insertChart, setConditionalFormatRules, setDataValidation(s), showSidebar, ...)
// and value objects handed back whole by a server call (a built rule, a fetched rule's condition).
const LOCAL_CLASSES = new Set([
  'BooleanCondition',
  'ChartOptions',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'ContainerInfo',
  'DataValidation',
  'DataValidationBuilder',
  'DeveloperMetadataLocation',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'HtmlOutput',
  'Menu',
  'PromptResponse',
  'TextStyle',
  'TextStyleBuilder',
  'User',
  'Utilities',
]);

// Single local methods of classes whose other methods reach the server.
const LOCAL_METHODS = new Set([
  // Builders handed out by a service or a tab.
  'SpreadsheetApp.newConditionalFormatRule',
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newRichTextValue',
  'SpreadsheetApp.newTextStyle',
  'Sheet.newChart',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'HtmlService.createHtmlOutput',
  'HtmlService.createHtmlOutputFromFile',
  'HtmlService.createTemplate',
  'HtmlService.createTemplateFromFile',
  'Range.createDeveloperMetadataFinder',
  'Sheet.createDeveloperMetadataFinder',
  'Spreadsheet.createDeveloperMetadataFinder',
  'DeveloperMetadataFinder.onIntersectingLocations',
  'DeveloperMetadataFinder.withId',
  'DeveloperMetadataFinder.withKey',
  'DeveloperMetadataFinder.withLocationType',
  'DeveloperMetadataFinder.withValue',
  'DeveloperMetadataFinder.withVisibility',
  // A Range is a grid range (tab, first row and column, size): its geometry is in the object.
  'Range.getA1Notation',
  'Range.getColumn',
  'Range.getGridId',
  'Range.getHeight',
  'Range.getLastColumn',
  'Range.getLastRow',
  'Range.getNumColumns',
  'Range.getNumRows',
  'Range.getRow',
  'Range.getRowIndex',
  'Range.getSheet',
  'Range.getWidth',
  // A property store is a handle: reading one property through it (getProperty) is the round trip,
  // measured at about 30 ms for getScriptProperties().getProperty() together (README, "Round trips").
  'PropertiesService.getDocumentProperties',
  'PropertiesService.getScriptProperties',
  'PropertiesService.getUserProperties',
  // The same holds, by analogy (not measured), for a lock handle: tryLock/waitLock is the request.
  'LockService.getDocumentLock',
  'LockService.getScriptLock',
  'LockService.getUserLock',
  // A range list comes back whole from Sheet.getRangeList: its ranges are in the object.
  'RangeList.getRanges',
  // A tab handle is obtained from its spreadsheet and keeps it.
  'Sheet.getParent',
  // A found developer metadata entry carries its id, key, value, visibility and location.
  'DeveloperMetadata.getId',
  'DeveloperMetadata.getKey',
  'DeveloperMetadata.getLocation',
  'DeveloperMetadata.getValue',
  'DeveloperMetadata.getVisibility',
  // A named range listed by getNamedRanges() carries its name and grid range.
  'NamedRange.getName',
  'NamedRange.getRange',
]);

/** Whether a counted call ('Class.method') is a round trip to the server or stays in the script. */
export function callKind(method: string): CallKind {
  if (LOCAL_METHODS.has(method)) return 'local';
  const className = method.slice(0, method.indexOf('.'));
  return LOCAL_CLASSES.has(className) ? 'local' : 'server';
}

/** A point in the log, taken with `mark()`; `since(mark)` reports what happened after it. */
export interface CallMark {
  readonly total: number;
  readonly roundTrips: number;
  readonly simulatedMs: number;
  readonly counts: ReadonlyMap<string, number>;
}

/** The calls made between a mark and now. */
export interface CallDelta {
  /** Every counted call, local or not. */
  calls: number;
  /** Calls that reach the server: what an action costs in Sheets. */
  roundTrips: number;
  byMethod: Record<string, number>;
  /** The same calls split by where Apps Script answers them. */
  serverByMethod: Record<string, number>;
  localByMethod: Record<string, number>;
  simulatedMs: number;
}

interface PlannedFailure {
  at: number;
  error: Error | undefined;
  /** The call takes effect, then throws (the host can fail after applying a change). */
  afterEffect: boolean;
}

function sorted(entries: Iterable<[string, number]>): Record<string, number> {
  return Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
}

export class CallLog {
  private counts = new Map<string, number>();
  private totalCalls = 0;
  private serverCalls = 0;
  private failures: PlannedFailure[] = [];
  private simulated = 0;
  private waited = 0;
  latencyMs = 0;
  /** Every counted call in order (method names), kept for debugging and benches. */
  readonly trace: string[] = [];
  private tracing = false;
  private hooks: { matches: (method: string) => boolean; action: () => void }[] = [];

  /**
   * Counts a call. Throws a planned failure that strikes before the call; returns one that must
   * be thrown after the call took effect.
   */
  record(method: string): Error | undefined {
    this.totalCalls++;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    if (callKind(method) === 'server') {
      this.serverCalls++;
      this.simulated += this.latencyMs;
    }
    if (this.tracing) this.trace.push(method);
    const hook = this.hooks.findIndex((h) => h.matches(method));
    if (hook >= 0) this.hooks.splice(hook, 1)[0].action();
    const due = this.failures.find((f) => f.at === this.totalCalls);
    if (!due) return undefined;
    this.failures = this.failures.filter((f) => f !== due);
    const error =
      due.error ?? new Error(`Injected failure at ${method}${due.afterEffect ? ' (after it took effect)' : ''}`);
    if (due.afterEffect) return error;
    throw error;
  }

  reset(): void {
    this.counts.clear();
    this.totalCalls = 0;
    this.serverCalls = 0;
    this.simulated = 0;
    this.waited = 0;
    this.trace.length = 0;
    this.failures = [];
    this.hooks = [];
  }

  /** Every counted call, local or server. */
  total(): number {
    return this.totalCalls;
  }

  /** Calls that reach the server, as Apps Script makes them. */
  roundTrips(): number {
    return this.serverCalls;
  }

  byMethod(): Record<string, number> {
    return sorted(this.counts.entries());
  }

  /** Per-method counts of one kind ('server' = round trips, 'local' = answered in the script). */
  byKind(kind: CallKind): Record<string, number> {
    return sorted([...this.counts.entries()].filter(([method]) => callKind(method) === kind));
  }

  /** Simulated time: round trips × latencyMs, plus time spent waiting for locks. */
  simulatedMs(): number {
    return this.simulated;
  }

  /** Simulated time spent waiting for a lock another execution held (nothing is slept). */
  wait(ms: number): void {
    this.simulated += ms;
    this.waited += ms;
  }

  lockWaitMs(): number {
    return this.waited;
  }

  mark(): CallMark {
    return {
      total: this.totalCalls,
      roundTrips: this.serverCalls,
      simulatedMs: this.simulated,
      counts: new Map(this.counts),
    };
  }

  since(mark: CallMark): CallDelta {
    const delta: [string, number][] = [];
    for (const [method, n] of this.counts) {
      const d = n - (mark.counts.get(method) ?? 0);
      if (d > 0) delta.push([method, d]);
    }
    return {
      calls: this.totalCalls - mark.total,
      roundTrips: this.serverCalls - mark.roundTrips,
      byMethod: sorted(delta),
      serverByMethod: sorted(delta.filter(([m]) => callKind(m) === 'server')),
      localByMethod: sorted(delta.filter(([m]) => callKind(m) === 'local')),
      simulatedMs: this.simulated - mark.simulatedMs,
    };
  }

  /**
   * Makes the k-th counted call from now (1 = the next one) throw `error`: before it has any
   * effect, or with `afterEffect` once it has taken effect. Several failures can be planned.
   */
  failAt(k: number, error?: Error, options: { afterEffect?: boolean } = {}): void {
    if (!Number.isInteger(k) || k < 1) throw new Error('failAt expects a call number from 1');
    const at = this.totalCalls + k;
    this.failures = this.failures.filter((f) => f.at !== at);
    this.failures.push({ at, error, afterEffect: options.afterEffect === true });
  }

  /** Runs `action` once, just before the next counted call named like `method` takes effect
   * (e.g. a user typing into a cell between two of the add-on's calls). */
  beforeCall(method: string | RegExp, action: () => void): void {
    const matches = typeof method === 'string' ? (m: string) => m === method : (m: string) => method.test(m);
    this.hooks.push({ matches, action });
  }

  cancelFailure(): void {
    this.failures = [];
  }

  /** Whether a planned failure has not struck yet. */
  failurePending(): boolean {
    return this.failures.length > 0;
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
        const failAfter = log.record(`${className}.${prop}`);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        if (failAfter) throw failAfter;
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
