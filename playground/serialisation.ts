// google.script.run's rules for what may cross between the sidebar and the server: primitives
// (number, boolean, string, null), plain objects and arrays made of them. Dates, functions,
// class instances and cycles make the real call fail in Sheets, so the playground rejects them
// with a message that names the offending value instead of quietly converting it.
// Used both in Node (the runtime) and in the browser (the google.script.run shim): no imports.

/** Describes the first value google.script.run would refuse, or returns null when all is legal. */
export function findIllegalValue(value: unknown, path = 'value'): string | null {
  return visit(value, path, []);
}

function visit(value: unknown, path: string, ancestors: object[]): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return null;
  if (type === 'number') return null;
  if (type === 'function') return `${path} is a function; functions cannot be passed.`;
  if (type === 'bigint' || type === 'symbol') return `${path} is a ${type}; only numbers, strings and booleans pass.`;
  const object = value as object;
  if (ancestors.includes(object)) return `${path} refers back to itself (a circular reference).`;
  const tag = Object.prototype.toString.call(object);
  if (tag === '[object Date]') {
    return `${path} is a Date; google.script.run cannot pass Dates. Send an ISO string such as 'yyyy-mm-dd'.`;
  }
  const nested = [...ancestors, object];
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) {
      const problem = visit(object[i], `${path}[${i}]`, nested);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(object)) {
    const name = (object as { constructor?: { name?: string } }).constructor?.name || tag.slice(8, -1);
    return `${path} is a ${name} instance; only plain objects and arrays can be passed.`;
  }
  for (const key of Object.keys(object)) {
    const problem = visit((object as Record<string, unknown>)[key], `${path}.${key}`, nested);
    if (problem) return problem;
  }
  return null;
}

/** A plain object from any realm (the vm context has its own Object.prototype). */
function isPlainObject(object: object): boolean {
  const proto = Object.getPrototypeOf(object);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Thrown when a call breaks the rules; the message says which value and why. */
export class IllegalValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IllegalValueError';
  }
}
