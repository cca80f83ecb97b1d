// Node's ES module entry: the CommonJS build (node.cjs) re-exported, so
// `import` and `require` share one wasm instance.
import bindings from './node.cjs';

export const { configure, eventTypes, fieldLayout, limits, settingsSchema, stiggApi, stiggPage, stiggPageQuery, syncCustomer, trackingPlan, transform, transformFields, version, warehouseRows } = bindings;
