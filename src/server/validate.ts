// Checks an endpoint's arguments against its schema (contract/schemas.ts) before the endpoint does
// anything. The first problem becomes a UserError naming the field (its path in the request, e.g.
// "period.quarter" or "decisions.O1.1") and saying what to do; nothing has been read or written
// yet. Objects are walked by their own keys only and looked up with own-property checks, so keys
// such as "__proto__" or "constructor" are fields like any other: unknown ones are refused.

import type { EndpointName } from '../contract/index';
import { ENDPOINT_ARGUMENTS, type Schema } from '../contract/schemas';
import { parseIsoDay } from '../core/dates';
import { UserError } from '../core/errors';

const SHOWN_LENGTH = 40;

/** A value as a message shows it: short, and only when it is something a user could have typed. */
function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return '';
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > SHOWN_LENGTH ? `${flat.slice(0, SHOWN_LENGTH)}…` : flat;
}

/** A field's name as the messages print it: a path, each part cut to a readable length. */
function pathOf(parent: string, key: string): string {
  const part = key.length > SHOWN_LENGTH ? `${key.slice(0, SHOWN_LENGTH)}…` : key;
  return parent ? `${parent}.${part}` : part;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A set of named fields: not a list, date or map. Checked by tag, not by prototype, because the
 * playground (and a test) hand over objects made in another realm. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

const ownProperty = Object.prototype.hasOwnProperty;

/** Own keys only ("constructor" is not a field of every object); Object.hasOwn is newer than ES2019. */
function hasOwn(object: object, key: string): boolean {
  return ownProperty.call(object, key);
}

/** Throws the first problem of `value` against `schema`; `field` is its path for messages. */
export function check(value: unknown, schema: Schema, field: string): void {
  if (isAbsent(value)) {
    if (schema.optional) return;
    if (value === null && schema.type === 'number' && schema.nullable) return;
    throw new UserError('errFieldMissing', { field });
  }
  switch (schema.type) {
    case 'text':
      if (typeof value !== 'string') throw new UserError('errFieldNotText', { field });
      if (value.trim() === '' && !schema.optional) throw new UserError('errFieldMissing', { field });
      if (value.length > schema.max) throw new UserError('errFieldTooLong', { field, max: schema.max });
      return;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new UserError('errFieldNotNumber', { field });
      const whole = schema.whole && !Number.isInteger(value);
      if (whole || value < schema.min || value > schema.max) {
        const key = schema.whole ? 'errFieldWholeRange' : 'errFieldRange';
        throw new UserError(key, { field, min: schema.min, max: schema.max, value: shown(value) });
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw new UserError('errFieldNotYesNo', { field });
      return;
    case 'choice':
      if (!schema.values.some((allowed) => allowed === value)) {
        const said = shown(value);
        const allowed = schema.values.join(', ');
        if (said) throw new UserError('errFieldChoice', { field, value: said, allowed });
        throw new UserError('errFieldChoiceType', { field, allowed });
      }
      return;
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseIsoDay(value)) {
        throw new UserError('errFieldDate', { field, value: shown(value) || '?' });
      }
      return;
    case 'checkInValue':
      if (typeof value === 'boolean') return;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new UserError('errFieldNotCheckInValue', { field });
        return;
      }
      if (typeof value !== 'string') throw new UserError('errFieldNotCheckInValue', { field });
      if (value.length > schema.max) throw new UserError('errFieldTooLong', { field, max: schema.max });
      return;
    case 'list': {
      if (!Array.isArray(value)) throw new UserError('errFieldNotList', { field });
      if (value.length < schema.min || value.length > schema.max) {
        throw new UserError('errFieldCount', { field, min: schema.min, max: schema.max });
      }
      value.forEach((item, i) => {
        check(item, schema.items, `${field}[${i + 1}]`);
      });
      return;
    }
    case 'map': {
      if (!isPlainObject(value)) throw new UserError('errFieldNotObject', { field });
      const keys = Object.keys(value);
      if (keys.length > schema.max) throw new UserError('errFieldCount', { field, min: 0, max: schema.max });
      for (const key of keys) {
        if (key.trim() === '' || key.length > 200) throw new UserError('errFieldBadKey', { field });
        check(value[key], schema.values, pathOf(field, key));
      }
      return;
    }
    case 'object':
      checkFields(value, schema.fields, field);
      return;
    case 'variant': {
      if (!isPlainObject(value)) throw new UserError('errFieldNotObject', { field });
      const tagField = pathOf(field, schema.tag);
      const tag = hasOwn(value, schema.tag) ? value[schema.tag] : undefined;
      const allowed = Object.keys(schema.variants);
      if (isAbsent(tag)) throw new UserError('errFieldMissing', { field: tagField });
      if (typeof tag !== 'string' || !hasOwn(schema.variants, tag)) {
        const said = shown(tag);
        if (said) throw new UserError('errFieldChoice', { field: tagField, value: said, allowed: allowed.join(', ') });
        throw new UserError('errFieldChoiceType', { field: tagField, allowed: allowed.join(', ') });
      }
      checkFields(value, { [schema.tag]: { type: 'text', max: 50 }, ...schema.variants[tag] }, field);
      return;
    }
  }
}

/** An object with exactly the given fields (absent optional ones aside): no unknown keys. */
function checkFields(value: unknown, fields: Readonly<Record<string, Schema>>, field: string): void {
  if (!isPlainObject(value)) throw new UserError('errFieldNotObject', { field });
  for (const key of Object.keys(value)) {
    if (!hasOwn(fields, key)) throw new UserError('errFieldUnknown', { field: pathOf(field, key) });
  }
  for (const key of Object.keys(fields)) {
    check(hasOwn(value, key) ? value[key] : undefined, fields[key], pathOf(field, key));
  }
}

/**
 * Checks a call's arguments. An object argument's fields are named by themselves ("krId"), other
 * arguments (and a request that is not an object) by their parameter name ("periodLabel").
 */
export function validateArguments(endpoint: EndpointName, args: readonly unknown[]): void {
  ENDPOINT_ARGUMENTS[endpoint].forEach((argument, i) => {
    const top = argument.schema.type === 'object' || argument.schema.type === 'variant';
    check(args[i], argument.schema, top && isPlainObject(args[i]) ? '' : argument.name);
  });
}
