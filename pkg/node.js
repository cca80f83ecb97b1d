// Node's ES module entry: the CommonJS build (node.cjs) re-exported, so
// `import` and `require` share one wasm instance.
import bindings from './node.cjs';

export const { Delivery, StiggPlans, configure, eventTypes, fieldLayout, limits, settingsFromEnvironment, settingsSchema, stiggApi, stiggApiKey, stiggApiUrl, stiggPage, stiggPageDecision, stiggPageQuery, syncCustomer, trackingPlan, transform, transformFields, version, warehouseRows } = bindings;
