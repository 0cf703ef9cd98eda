// The period endpoints as Apps Script runs them: the built server script in a bare V8 context,
// with the emulated services as its only globals.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build';
import { newWorkbook, Q1, valuesOf } from './helpers';

const codePath = join(__dirname, '../../dist/Code.js');
let code: string;

beforeAll(async () => {
  if (!existsSync(codePath)) await buildAll();
  code = readFileSync(codePath, 'utf8');
}, 120_000);

describe('period endpoints in the built bundle', () => {
  it('create a quarter, check in and close it through the top-level functions', () => {
    const wb = newWorkbook();
    try {
      const context: Record<string, unknown> = { ...wb.emu.globals };
      runInNewContext(code, context, { filename: 'Code.js' });
      const call = (name: string, ...args: unknown[]) =>
        JSON.parse(JSON.stringify((context[name] as (...a: unknown[]) => unknown)(...args)));
      const created = call('createPeriod', { period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en' });
      expect(created.tabs.keyResults).toBe('Q1 2027 · Key results');
      expect(call('listPeriods')[0].period).toEqual({
        label: 'Q1 2027',
        kind: 'quarter',
        start: '2027-01-01',
        end: '2027-03-31',
      });
      call('recordCheckIn', {
        periodLabel: 'Q1 2027',
        krId: 'O1.1',
        value: '250,000',
        confidence: 7,
        note: '',
        who: '',
      });
      expect(valuesOf(wb.ss, 'Q1 2027 · Key results', 'R2')[0][0]).toBeCloseTo(0.5);
      expect(call('closePeriod', { label: 'Q1 2027', date: '2027-03-31' }).review).toBe('Q1 2027 · Review');
      expect(() => call('closePeriod', { label: 'Q1 2027' })).toThrow(/already closed/);
    } finally {
      wb.restore();
    }
  });
});
