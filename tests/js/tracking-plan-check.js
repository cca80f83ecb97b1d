// Validates calls against the tracking plan for their settings with ajv,
// shared by tests/js/tracking-plan.test.js and tests/js/fast-path.test.js.
'use strict';
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const { loadTrackingPlan } = require('../../tools/tracking-plan');

const trackingPlan = loadTrackingPlan();

/**
 * The rule's schema, closed further for the tests: the call itself and its
 * context name every field they have (the deployed plan leaves both open,
 * since Segment adds fields of its own). The payload is as the plan has it:
 * traits closed; Stigg's properties open in the default plan, closed in the
 * strict one.
 */
function strict(jsonSchema) {
  const copy = JSON.parse(JSON.stringify(jsonSchema));
  copy.additionalProperties = false;
  copy.properties.context.additionalProperties = false;
  copy.properties.context.properties.integration.additionalProperties = false;
  copy.properties.context.properties.stigg.additionalProperties = false;
  return copy;
}

/** The plan for these settings (and options: `{strict: true}` for the
 * strict plan), and a validator per rule. */
function planChecker(settings, options) {
  const plan = trackingPlan(settings, options);
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  const validators = new Map();
  for (const rule of plan.rules) {
    validators.set(`${rule.type}:${rule.key}`, ajv.compile(strict(rule.jsonSchema)));
  }
  /** The validator for a call, or undefined when the plan has no rule for it. */
  const validatorFor = (call) => validators.get(call.type === 'track' ? `TRACK:${call.event}` : `${call.type.toUpperCase()}:`);
  return {
    plan,
    validatorFor,
    /** Errors as text, or [] for a call the plan describes and accepts. */
    check(call) {
      const validate = validatorFor(call);
      if (!validate) return [`no rule for the ${call.type} call ${JSON.stringify(call.event || '')}`];
      return validate(call) ? [] : validate.errors;
    },
  };
}

/** The value at a JSON pointer from ajv's instancePath. */
function at(value, pointer) {
  if (pointer === '') return value;
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !(key in current)) return undefined;
    current = current[key];
  }
  return current;
}

module.exports = { planChecker, at, trackingPlan };
