/* @ts-self-types="./node.d.cts" */

/**
 * One delivery of calls to a Segment endpoint, decided by the core's
 * delivery policy (`src/delivery.rs`), the one `stigg-segment send` and
 * `serve` use: the host posts, the core says what each answer means. For
 * the edge relay's queue consumer; see `DeliveryPolicy` and friends for the
 * shapes.
 */
class Delivery {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        DeliveryFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_delivery_free(ptr, 0);
    }
    /**
     * How many bytes of an answer a host reads before it scrubs the write
     * key out of it: twice what the core keeps, so that a key the core's
     * cut falls across is whole when it is scrubbed. The core makes the cut.
     * @returns {number}
     */
    static answerReadBytes() {
        const ret = wasm.delivery_answerReadBytes();
        return ret >>> 0;
    }
    /**
     * What Segment's answer to that request means: `{decision, ...}`.
     * Throws when no request awaits an answer.
     * @param {SegmentAnswer} answer
     * @returns {DeliveryDecision}
     */
    answer(answer) {
        const ret = wasm.delivery_answer(this.__wbg_ptr, answer);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    /**
     * Throws when a write key is empty or not printable ASCII; the message
     * names `variable`, never the key.
     * @param {string} variable
     * @param {string} key
     */
    static checkWriteKey(variable, key) {
        let ptr0, len0, ptr1, len1;
        try {
            ptr0 = passStringToWasm0(variable, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passStringToWasm0(key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len1 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.delivery_checkWriteKey(ptr0, len0, ptr1, len1);
        if (ret[1]) {
            throw takeFromExternrefTable0(ret[0]);
        }
    }
    /**
     * The URL to post batches to, from a URL given as Segment's libraries
     * take their `host`; throws, naming the problem, when it is not https
     * (plain http only to loopback) or holds credentials.
     * @param {string} given
     * @returns {string}
     */
    static endpoint(given) {
        let deferred3_0;
        let deferred3_1;
        try {
            const ptr0 = passStringToWasm0(given, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.delivery_endpoint(ptr0, len0);
            var ptr2 = ret[0];
            var len2 = ret[1];
            if (ret[3]) {
                ptr2 = 0; len2 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred3_0 = ptr2;
            deferred3_1 = len2;
            return getStringFromWasm0(ptr2, len2);
        } finally {
            wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
    }
    /**
     * Every call's fate, and why the delivery stopped: `{sent, deadLettered,
     * unsent, stop, message, waitMs, requests, splitTooLarge}`. Frees the
     * delivery.
     * @returns {DeliveryOutcome}
     */
    finish() {
        const ptr = this.__destroy_into_raw();
        const ret = wasm.delivery_finish(ptr);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    /**
     * Stops the delivery (the host is shutting down): what is not settled
     * stays unsent.
     */
    interrupt() {
        wasm.delivery_interrupt(this.__wbg_ptr);
    }
    /**
     * A delivery to `endpoint` (a URL as `Delivery.endpoint` returns it)
     * of calls whose JSON weighs `callBytes` (UTF-8 bytes, in order),
     * `firstAttempt` being how many times they were tried before, plus 1.
     * @param {string} endpoint
     * @param {Uint32Array | number[]} callBytes
     * @param {DeliveryPolicy} policy
     * @param {number} firstAttempt
     */
    constructor(endpoint, callBytes, policy, firstAttempt) {
        const val3 = +firstAttempt;
        let ptr0, len0, ptr1, len1;
        try {
            ptr0 = passStringToWasm0(endpoint, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArray32ToWasm0(callBytes, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 4, 4); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.delivery_new(ptr0, len0, ptr1, len1, policy, val3);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        this.__wbg_ptr = ret[0];
        DeliveryFinalization.register(this, this.__wbg_ptr, this);
        return this;
    }
    /**
     * The next request: `{from, to, attempt}`, the calls `[from, to)` as
     * one batch; `undefined` once the delivery is over.
     * @returns {DeliveryRequest | undefined}
     */
    next() {
        const ret = wasm.delivery_next(this.__wbg_ptr);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    /**
     * A relay's target spec,
     * `name=NAME,write-key-env=VAR[,region=us|eu][,endpoint=URL][,namespace=NS]`,
     * read by the rule `stigg-segment serve --target` reads it by: `{name,
     * writeKeyVariable, endpoint, namespace?}`, the endpoint as
     * `Delivery.endpoint` gives it. Throws, saying what is wrong with it.
     * @param {string} spec
     * @returns {TargetSpec}
     */
    static parseTarget(spec) {
        const ptr0 = passStringToWasm0(spec, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.delivery_parseTarget(ptr0, len0);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
    /**
     * Segment's endpoint for a region (`us` or `eu`), or `undefined`.
     * @param {string} region
     * @returns {string | undefined}
     */
    static regionEndpoint(region) {
        const ptr0 = passStringToWasm0(region, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.delivery_regionEndpoint(ptr0, len0);
        let v2;
        if (ret[0] !== 0) {
            v2 = getStringFromWasm0(ret[0], ret[1]);
            wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
        }
        return v2;
    }
    /**
     * `text` with every one of `secrets` replaced by `replacement`, the
     * longest first; with `cutShort` (the text is the start of a longer
     * answer), a first part of a secret that ends it goes too.
     * @param {string} text
     * @param {string[]} secrets
     * @param {string} replacement
     * @param {boolean} cutShort
     * @returns {string}
     */
    static scrub(text, secrets, replacement, cutShort) {
        let deferred5_0;
        let deferred5_1;
        try {
            const val3 = +cutShort;
            let ptr0, len0, ptr1, len1;
            try {
                ptr0 = passStringToWasm0(text, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                len0 = WASM_VECTOR_LEN;
                ptr1 = passStringToWasm0(replacement, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
                len1 = WASM_VECTOR_LEN;
            } catch (e) {
                if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
                if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
                throw e;
            }
            const ret = wasm.delivery_scrub(ptr0, len0, secrets, ptr1, len1, val3);
            var ptr4 = ret[0];
            var len4 = ret[1];
            if (ret[3]) {
                ptr4 = 0; len4 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred5_0 = ptr4;
            deferred5_1 = len4;
            return getStringFromWasm0(ptr4, len4);
        } finally {
            wasm.__wbindgen_free(deferred5_0, deferred5_1, 1);
        }
    }
}
if (Symbol.dispose) Delivery.prototype[Symbol.dispose] = Delivery.prototype.free;
exports.Delivery = Delivery;

/**
 * The plans by id, as `GET /api/v1/plans` lists them: what a
 * subscription needs to name its plan. Built once (a page task's) and lent
 * to every `syncCustomer` call; `toRecords()` carries them to the next.
 */
class StiggPlans {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        StiggPlansFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_stiggplans_free(ptr, 0);
    }
    /**
     * Adds plan records (a page's `data`); a plan listed in several
     * versions keeps its latest. Throws `ValidationError` naming a record
     * that is not a plan.
     * @param {Record<string, unknown>[]} records
     */
    add(records) {
        const ret = wasm.stiggplans_add(this.__wbg_ptr, records);
        if (ret[1]) {
            throw takeFromExternrefTable0(ret[0]);
        }
    }
    /**
     * The plans of `records` (plan records of a page, or `toRecords()`'s),
     * or none yet.
     * @param {Record<string, unknown>[] | undefined} records
     */
    constructor(records) {
        const ret = wasm.stiggplans_new(records);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        this.__wbg_ptr = ret[0];
        StiggPlansFinalization.register(this, this.__wbg_ptr, this);
        return this;
    }
    /**
     * How many plans there are.
     * @returns {number}
     */
    get size() {
        const ret = wasm.stiggplans_size(this.__wbg_ptr);
        return ret >>> 0;
    }
    /**
     * The plans as records, `{id, name?, displayName?}` each: what a page
     * task carries to the next (`new StiggPlans(records)`).
     * @returns {StiggPlanRecord[]}
     */
    toRecords() {
        const ret = wasm.stiggplans_toRecords(this.__wbg_ptr);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
    }
}
if (Symbol.dispose) StiggPlans.prototype[Symbol.dispose] = StiggPlans.prototype.free;
exports.StiggPlans = StiggPlans;

/**
 * Sets the settings, as JSON text, that `transformFields` uses; a no-op
 * when they are the ones already set.
 * @param {string} settings
 */
function configure(settings) {
    const ptr0 = passStringToWasm0(settings, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.configure(ptr0, len0);
    if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
    }
}
exports.configure = configure;

/**
 * Every Stigg webhook type the catalogue knows: its family, where its
 * customer id sits, and whether it also yields an identify call.
 * @returns {StiggEventType[]}
 */
function eventTypes() {
    const ret = wasm.eventTypes();
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.eventTypes = eventTypes;

/**
 * Where the field area sits in this instance's memory, and how the fields
 * are laid out in it (`crate::fields::Layout`).
 * @returns {any}
 */
function fieldLayout() {
    const ret = wasm.fieldLayout();
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.fieldLayout = fieldLayout;

/**
 * The limits and names the JS side needs, from the core so that nothing is
 * restated there: `{maxBodyBytes, segmentCallLimitBytes, callBudgetBytes,
 * secretHeader, webhookSecretVariable, errorClasses}`. The Segment script has
 * them, but the variable, written in by scripts/bundle.js (see `fieldArea`).
 * @returns {Limits}
 */
function limits() {
    const ret = wasm.limits();
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.limits = limits;

/**
 * Reads the function's settings from a host's variables (`process.env`, a
 * Worker's `env`) by the core's naming rule: each setting's `variable` in
 * `settingsSchema()`, `STIGG_SEGMENT_` and its name in SCREAMING_SNAKE_CASE.
 * Text is typed by the settings table (`true`/`false`; lists as JSON or
 * comma-separated); other JSON values are taken as they are. Returns
 * `{settings, settingsFile?, warnings}`: `warnings` has a line for each
 * variable set under its name without the prefix, which is not read.
 * Throws a `ValidationError` for a variable with the prefix that is no
 * setting's, nor `STIGG_SEGMENT_SETTINGS_FILE`, nor one of `alsoKnown`
 * (the host's own), naming the closest.
 * @param {Record<string, unknown>} variables
 * @param {string[] | null} [alsoKnown]
 * @returns {EnvironmentSettings}
 */
function settingsFromEnvironment(variables, alsoKnown) {
    const ret = wasm.settingsFromEnvironment(variables, isLikeNone(alsoKnown) ? 0 : addToExternrefTable0(alsoKnown));
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.settingsFromEnvironment = settingsFromEnvironment;

/**
 * Every setting with its type, default, choices and description.
 * @returns {SettingSchema[]}
 */
function settingsSchema() {
    const ret = wasm.settingsSchema();
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.settingsSchema = settingsSchema;

/**
 * The paths, page size and key header of Stigg's REST API v1.
 * @returns {StiggApi}
 */
function stiggApi() {
    const ret = wasm.stiggApi();
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.stiggApi = stiggApi;

/**
 * The API key without the blanks around it; throws when it is not set or
 * not printable ASCII, naming `variable` (where the host read it), never
 * the key.
 * @param {string} variable
 * @param {string} key
 * @returns {string}
 */
function stiggApiKey(variable, key) {
    let deferred4_0;
    let deferred4_1;
    try {
        let ptr0, len0, ptr1, len1;
        try {
            ptr0 = passStringToWasm0(variable, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passStringToWasm0(key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len1 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.stiggApiKey(ptr0, len0, ptr1, len1);
        var ptr3 = ret[0];
        var len3 = ret[1];
        if (ret[3]) {
            ptr3 = 0; len3 = 0;
            throw takeFromExternrefTable0(ret[2]);
        }
        deferred4_0 = ptr3;
        deferred4_1 = len3;
        return getStringFromWasm0(ptr3, len3);
    } finally {
        wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
}
exports.stiggApiKey = stiggApiKey;

/**
 * The API's base URL from what the host was given (`setting` names where,
 * as messages say it; blank: Stigg's own): https only (plain http only to
 * a loopback address), no credentials, query or fragment. Throws an error
 * naming `setting` and the problem, never the credentials.
 * @param {string} given
 * @param {string} setting
 * @returns {string}
 */
function stiggApiUrl(given, setting) {
    let deferred4_0;
    let deferred4_1;
    try {
        let ptr0, len0, ptr1, len1;
        try {
            ptr0 = passStringToWasm0(given, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passStringToWasm0(setting, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len1 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.stiggApiUrl(ptr0, len0, ptr1, len1);
        var ptr3 = ret[0];
        var len3 = ret[1];
        if (ret[3]) {
            ptr3 = 0; len3 = 0;
            throw takeFromExternrefTable0(ret[2]);
        }
        deferred4_0 = ptr3;
        deferred4_1 = len3;
        return getStringFromWasm0(ptr3, len3);
    } finally {
        wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
}
exports.stiggApiUrl = stiggApiUrl;

/**
 * Reads one page of a Stigg list endpoint: the response's bytes (read up
 * to `stiggApi().maxPageBytes` and one more, then no further) or its
 * text; throws an error naming the page, or the field that does not parse.
 * @param {Uint8Array | string} page
 * @returns {StiggPage}
 */
function stiggPage(page) {
    const ret = wasm.stiggPage(page);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.stiggPage = stiggPage;

/**
 * What an answer of Stigg's API to a page request means, the rule
 * `stigg-segment sync` applies: read it, ask again after the delivery
 * policy's backoff (or a longer Retry-After), or stop with one line naming
 * the status and what to check.
 * @param {StiggAnswer} answer
 * @param {StiggAsked} asked
 * @param {DeliveryPolicy | undefined} policy
 * @returns {StiggPageDecision}
 */
function stiggPageDecision(answer, asked, policy) {
    const ret = wasm.stiggPageDecision(answer, asked, policy);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.stiggPageDecision = stiggPageDecision;

/**
 * The query string of one page of `path` (no `?`): the page size (the
 * API's largest unless `limit` is smaller), the cursor the previous page
 * gave, and for subscriptions one customer.
 * @param {string} path
 * @param {string | null} [after]
 * @param {string | null} [customerId]
 * @param {number | null} [limit]
 * @returns {string}
 */
function stiggPageQuery(path, after, customerId, limit) {
    let deferred5_0;
    let deferred5_1;
    try {
        const val4 = +(isLikeNone(limit) ? Number.MAX_SAFE_INTEGER : (limit) >>> 0);
        let ptr0, len0, ptr1, len1, ptr2, len2;
        try {
            ptr0 = passStringToWasm0(path, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = isLikeNone(after) ? 0 : passStringToWasm0(after, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len1 = WASM_VECTOR_LEN;
            ptr2 = isLikeNone(customerId) ? 0 : passStringToWasm0(customerId, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len2 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 1, 1); }
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.stiggPageQuery(ptr0, len0, ptr1, len1, ptr2, len2, val4);
        deferred5_0 = ret[0];
        deferred5_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred5_0, deferred5_1, 1);
    }
}
exports.stiggPageQuery = stiggPageQuery;

/**
 * The identify and group calls that describe one customer read from
 * Stigg's REST API (`GET /api/v1/customers`), given its subscriptions'
 * records (`GET /api/v1/subscriptions`, any order) and the plans
 * (`GET /api/v1/plans`), under the settings: the rule of
 * `stigg-segment sync`. Throws `ValidationError` naming a field a record
 * lacks.
 * @param {Record<string, unknown>} customer
 * @param {Record<string, unknown>[]} subscriptions
 * @param {StiggPlans} plans
 * @param {Record<string, unknown> | null | undefined} settings
 * @returns {SyncResult}
 */
function syncCustomer(customer, subscriptions, plans, settings) {
    _assertClass(plans, StiggPlans);
    const ret = wasm.syncCustomer(customer, subscriptions, plans.__wbg_ptr, settings);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.syncCustomer = syncCustomer;

/**
 * The Segment tracking plan for what the function emits under these
 * settings: `{rules: [{type, key, version, jsonSchema}]}`, the body
 * Segment's Public API takes to replace a tracking plan's rules. Options:
 * `{strict: true}` for the plan that closes Stigg's properties (absent or
 * false: the default, which plans them and allows the rest). For the npm
 * package and the playground only (feature `tracking-plan`): the Segment
 * script's wasm never carries it.
 * @param {Record<string, unknown> | null | undefined} settings
 * @param {TrackingPlanOptions | null} [options]
 * @returns {TrackingPlan}
 */
function trackingPlan(settings, options) {
    const ret = wasm.trackingPlan(settings, isLikeNone(options) ? 0 : addToExternrefTable0(options));
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.trackingPlan = trackingPlan;

/**
 * Turns one webhook into Segment calls.
 *
 * `body`: a string, UTF-8 bytes (a `Uint8Array` or a Node `Buffer`), or a
 * parsed object. `headers`: a plain object, a `Map` or a fetch `Headers`
 * (names in any case). `settings`: the function's settings. `receivedAt`,
 * for a relay that queues the calls: when the webhook arrived (ISO 8601 or
 * a `Date`), which dates a call without Stigg's valid `timestamp`.
 * Returns `{calls: [{type, ...}], skipped?: {code, reason}}`; given
 * `receivedAt`, with `webhook: {type?, messageId?}`, what the webhook says
 * it is (for a relay's log line; on an error thrown once the secret passed
 * too). Throws an `Error` named `InvalidEventPayload` (with `line` and
 * `column` for JSON syntax), `ValidationError` (`refusal: "secret"` for a
 * wrong secret) or `EventNotSupported`; a `TypeError` names a wrong argument.
 * @param {string | Uint8Array | Record<string, unknown>} body
 * @param {Record<string, string | string[] | null | undefined> | Map<string, string> | Headers | null | undefined} headers
 * @param {Record<string, unknown> | null | undefined} settings
 * @param {string | Date | null} [receivedAt]
 * @returns {TransformResult}
 */
function transform(body, headers, settings, receivedAt) {
    const ret = wasm.transform(body, headers, settings, isLikeNone(receivedAt) ? 0 : addToExternrefTable0(receivedAt));
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.transform = transform;

/**
 * The fast path: decides on the fields the script wrote into the field
 * area, with the settings last `configure`d. Returns the outcome as JSON
 * text, its payloads named rather than filled in (`"body"`, or
 * `[member, ...trait names]`); `undefined` when the full path (`transform`)
 * must finish the job.
 * @returns {string | undefined}
 */
function transformFields() {
    const ret = wasm.transformFields();
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    let v1;
    if (ret[0] !== 0) {
        v1 = getStringFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
}
exports.transformFields = transformFields;

/**
 * The crate version, which is also `context.integration.version`.
 * @returns {string}
 */
function version() {
    let deferred1_0;
    let deferred1_1;
    try {
        const ret = wasm.version();
        deferred1_0 = ret[0];
        deferred1_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
}
exports.version = version;

/**
 * The rows Segment's warehouses would write for calls: a transform
 * result, a list of calls or one call, as `transform` returns them or as
 * a Segment function passes them on. Each row names its table, its
 * columns with their types, and the values dropped or cut.
 * @param {TransformResult | SegmentCall[] | SegmentCall} calls
 * @returns {{ rows: WarehouseRow[] }}
 */
function warehouseRows(calls) {
    const ret = wasm.warehouseRows(calls);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
}
exports.warehouseRows = warehouseRows;
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_is_function_741ff2bb612836f5: function(arg0) {
            const ret = typeof(arg0) === 'function';
            return ret;
        },
        __wbg___wbindgen_is_null_c22311b1cc228e3a: function(arg0) {
            const ret = arg0 === null;
            return ret;
        },
        __wbg___wbindgen_is_object_8b968c3ab8e96595: function(arg0) {
            const val = arg0;
            const ret = typeof(val) === 'object' && val !== null;
            return ret;
        },
        __wbg___wbindgen_is_string_fc456fee5d3317de: function(arg0) {
            const ret = typeof(arg0) === 'string';
            return ret;
        },
        __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(arg0) {
            const ret = arg0 === undefined;
            return ret;
        },
        __wbg___wbindgen_number_get_934b640d0889af78: function(arg0, arg1) {
            const obj = arg1;
            const ret = typeof(obj) === 'number' ? obj : undefined;
            getDataViewMemory0().setFloat64((arg0 >>> 0) + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, !isLikeNone(ret), true);
        },
        __wbg___wbindgen_string_get_7ce8eee7fd327545: function(arg0, arg1) {
            const obj = arg1;
            const ret = typeof(obj) === 'string' ? obj : undefined;
            var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            var len1 = WASM_VECTOR_LEN;
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 1, len1, true);
            getDataViewMemory0().setInt32((arg0 >>> 0) + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg_call_40b008ba32f73991: function() { return handleError(function (arg0, arg1) {
            const ret = arg0.call(arg1);
            return ret;
        }, arguments); },
        __wbg_done_57e08d0be6e30c02: function(arg0) {
            const ret = arg0.done;
            return ret;
        },
        __wbg_from_eac91875c8a5ffa4: function(arg0) {
            const ret = Array.from(arg0);
            return ret;
        },
        __wbg_getTime_edc91481cbc4cd78: function(arg0) {
            const ret = arg0.getTime();
            return ret;
        },
        __wbg_get_2080c49015e35254: function() { return handleError(function (arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_get_635eea311fa1a291: function() { return handleError(function (arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_get_d7176cfb76d71114: function(arg0, arg1) {
            const ret = arg0[arg1 >>> 0];
            return ret;
        },
        __wbg_get_unchecked_e6325ad374eff861: function(arg0, arg1) {
            const ret = arg0[arg1 >>> 0];
            return ret;
        },
        __wbg_instanceof_Date_99b6a345bf39e8f4: function(arg0) {
            let result;
            try {
                result = arg0 instanceof Date;
            } catch (_) {
                result = false;
            }
            const ret = result;
            return ret;
        },
        __wbg_instanceof_Uint8Array_d7aeb0dcb3108fea: function(arg0) {
            let result;
            try {
                result = arg0 instanceof Uint8Array;
            } catch (_) {
                result = false;
            }
            const ret = result;
            return ret;
        },
        __wbg_isView_7c4f5a7c257b3a84: function(arg0) {
            const ret = ArrayBuffer.isView(arg0);
            return ret;
        },
        __wbg_iterator_e4c5e8f68ada7b58: function() {
            const ret = Symbol.iterator;
            return ret;
        },
        __wbg_keys_105f5c0857898f84: function(arg0) {
            const ret = Object.keys(arg0);
            return ret;
        },
        __wbg_length_186163212ffe79c3: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        __wbg_length_b03a0fabb109b1e9: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        __wbg_length_e83e819f48c774e4: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        __wbg_new_4416a2fe2fac9c65: function(arg0, arg1) {
            const ret = new TypeError(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_787b9fb330d55d78: function(arg0, arg1) {
            const ret = new Error(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_cd4348290afae586: function() {
            const ret = new Object();
            return ret;
        },
        __wbg_next_178c1651c11432b3: function(arg0) {
            const ret = arg0.next;
            return ret;
        },
        __wbg_next_af5ac6a08bb0a717: function() { return handleError(function (arg0) {
            const ret = arg0.next();
            return ret;
        }, arguments); },
        __wbg_now_463ac581d2fc7ea3: function() {
            const ret = Date.now();
            return ret;
        },
        __wbg_parse_c3f72b5a24f83c01: function() { return handleError(function (arg0, arg1) {
            const ret = JSON.parse(getStringFromWasm0(arg0, arg1));
            return ret;
        }, arguments); },
        __wbg_prototypesetcall_13162965d1fe7aa3: function(arg0, arg1, arg2) {
            Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
        },
        __wbg_random_df36b90cd78a7d54: function() {
            const ret = Math.random();
            return ret;
        },
        __wbg_set_2793479888329cb6: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = Reflect.set(arg0, arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_set_name_822e3903f3184979: function(arg0, arg1, arg2) {
            arg0.name = getStringFromWasm0(arg1, arg2);
        },
        __wbg_stringify_0a0fbf2ef722380a: function() { return handleError(function (arg0) {
            const ret = JSON.stringify(arg0);
            return ret;
        }, arguments); },
        __wbg_value_e0f328965e184931: function(arg0) {
            const ret = arg0.value;
            return ret;
        },
        __wbindgen_generic_0000000000000001: function(arg0) {
            // Cast intrinsic for `F64 -> Externref`.
            const ret = arg0;
            return ret;
        },
        __wbindgen_generic_0000000000000002: function(arg0, arg1) {
            // Cast intrinsic for `Ref(String) -> Externref`.
            const ret = getStringFromWasm0(arg0, arg1);
            return ret;
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        },
    };
    return {
        __proto__: null,
        "./stigg_segment_bg.js": import0,
    };
}

const DeliveryFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_delivery_free(ptr, 1));
const StiggPlansFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_stiggplans_free(ptr, 1));

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_externrefs.set(idx, obj);
    return idx;
}

function _assertClass(instance, klass) {
    if (!(instance instanceof klass)) {
        throw new Error(`expected instance of ${klass.name}`);
    }
}

function getArrayU8FromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}

let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint32ArrayMemory0 = null;
function getUint32ArrayMemory0() {
    if (cachedUint32ArrayMemory0 === null || cachedUint32ArrayMemory0.byteLength === 0) {
        cachedUint32ArrayMemory0 = new Uint32Array(wasm.memory.buffer);
    }
    return cachedUint32ArrayMemory0;
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}

function isLikeNone(x) {
    return x === undefined || x === null;
}

function passArray32ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 4, 4) >>> 0;
    getUint32ArrayMemory0().set(arg, ptr / 4);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_externrefs.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
function decodeText(bytes) {
    return cachedTextDecoder.decode(bytes);
}

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}

let WASM_VECTOR_LEN = 0;

const wasmPath = `${__dirname}/stigg_segment_bg.wasm`;
const wasmBytes = require('fs').readFileSync(wasmPath);
const wasmModule = new WebAssembly.Module(wasmBytes);
let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
let wasm = wasmInstance.exports;
wasm.__wbindgen_start();
