// The membrane between the add-on's V8 context and Node's: values the add-on passes to services
// arrive as Node values (so `instanceof Array` holds in the emulator and HyperFormula).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createMembrane } from '../../playground/realm';

class Range {
  written: unknown[][] = [];
  setValues(values: unknown[][]) {
    this.written = values;
    return this;
  }
  getSheet() {
    return new Sheet();
  }
}
class Sheet {
  getName() {
    return 'Tab';
  }
}

describe('createMembrane', () => {
  it('copies arrays and plain objects from the add-on’s context into Node’s realm', () => {
    const membrane = createMembrane();
    const range = new Range();
    const context = { range: membrane.wrap(range) };
    runInNewContext('range.setValues([[1, "a", { b: [2] }]])', context);
    expect(range.written).toBeInstanceOf(Array);
    expect(range.written[0]).toBeInstanceOf(Array);
    expect(range.written[0][2]).toEqual({ b: [2] });
    expect((range.written[0][2] as { b: unknown }).b).toBeInstanceOf(Array);
  });

  it('keeps identity: the same service object is the same proxy, and unwraps when passed back', () => {
    const membrane = createMembrane();
    const range = new Range();
    const wrapped = membrane.wrap(range);
    expect(membrane.wrap(range)).toBe(wrapped);
    expect(wrapped.setValues([[1]])).toBe(wrapped);
    expect(membrane.toHost(wrapped)).toBe(range);
    // Objects returned by a service are wrapped too, so their calls go through the membrane.
    expect(wrapped.getSheet().getName()).toBe('Tab');
  });

  it('reports each method call by name', () => {
    const calls: string[] = [];
    const membrane = createMembrane((method) => calls.push(method));
    membrane.wrap(new Range()).getSheet().getName();
    expect(calls).toEqual(['getSheet', 'getName']);
  });
});
