/// <reference lib="esnext.disposable" />
/* tslint:disable */
/* eslint-disable */

/** How hard a delivery tries; milliseconds. An absent member takes the default of `stigg-segment send`. */
export interface DeliveryPolicy {
    /** Attempts a request gets (429, 5xx, network errors) before the delivery stops; 0: no limit. Default 10. */
    maxAttempts?: number;
    /** The first backoff's ceiling, doubled each attempt (the wait is between half and all of it). Default 500. */
    backoffMs?: number;
    /** The longest backoff. Default 30000. */
    maxBackoffMs?: number;
    /** The longest wait a Retry-After may ask for. Default 60000. */
    maxRetryAfterMs?: number;
    /** How long calls wait after a stop before they are tried again. Default 30000. */
    holdMs?: number;
}

/** The next request: the calls [from, to) as one batch. */
export interface DeliveryRequest {
    from: number;
    to: number;
    /** 1 for a first try. */
    attempt: number;
}

/** What came back from a request: an HTTP answer (text scrubbed of the write key), or why there was none. */
export type SegmentAnswer =
| { status: number; retryAfter?: string | null; location?: string | null; body?: string }
| { failed: "timeout" | "connection" | "plain_http"; message: string };

/** What the policy made of one answer; `decision` is a stable name, for logs. */
export type DeliveryDecision =
| { decision: "sent"; deadLettered: number }
| { decision: "retry"; afterMs: number }
| { decision: "split"; status: number }
| { decision: "held" }
| { decision: "dead_letter" }
| { decision: "stop"; stop: DeliveryStop };

export type DeliveryStop =
| "request_refused"
| "every_call_refused"
| "too_large_for_endpoint"
| "retries_exhausted"
| "plain_http"
| "interrupted";

/** One destination of a relay, as `Delivery.parseTarget` reads its spec. */
export interface TargetSpec {
    /** Letters, digits, -, _ and . */
    name: string;
    /** The variable (a Worker's secret) that holds its write key. */
    writeKeyVariable: string;
    /** The URL batches go to. */
    endpoint: string;
    /** The messageIdNamespace setting for this target. */
    namespace?: string;
}

/** Every call's fate, by index. */
export interface DeliveryOutcome {
    sent: number[];
    /** Calls refused on their own, with the answer. */
    deadLettered: { call: number; status: number; answer: string }[];
    /** Calls never judged: try them again after waitMs. */
    unsent: number[];
    stop: DeliveryStop | null;
    /** One line for people: what answered and what to check. */
    message: string | null;
    waitMs: number | null;
    requests: number;
    splitTooLarge: number;
}



/** One tracking-plan rule, as Segment's Public API takes it. */
export interface TrackingPlanRule {
    type: "TRACK" | "IDENTIFY" | "GROUP";
    /** The track event name; "" for identify and group rules. */
    key: string;
    version: number;
    /** A JSON Schema (draft-07) of the whole call. */
    jsonSchema: Record<string, unknown>;
}

/** The body of Segment's "Replace Rules in Tracking Plan" request. */
export interface TrackingPlan {
    rules: TrackingPlanRule[];
}

/** Which tracking plan `trackingPlan` makes. */
export interface TrackingPlanOptions {
    /**
     * `true`: the strict plan, which closes Stigg's webhook (a track call's
     * properties, nested objects too): Protocols reports every member Stigg
     * adds. Absent or `false`: the default plan, which plans Stigg's members
     * and allows any other, safe with every Protocols blocking setting.
     */
    strict?: boolean;
}



/** The function's settings as a host's variables give them. */
export interface EnvironmentSettings {
    /** The settings the variables set, as `transform` takes them. */
    settings: Settings;
    /** The path in STIGG_SEGMENT_SETTINGS_FILE, when it is set: the host reads it. */
    settingsFile?: string;
    /** One line for each variable set under a name that is not read. */
    warnings: string[];
}



/** What a webhook says it is: Stigg's type and messageId, when it has them. */
export interface WebhookLabel {
    type?: string;
    messageId?: string;
}

/** (Declared here, beside the relay's code, to keep the lines above where they are.) */
export interface TransformResult {
    /** Given `receivedAt` (a relay's transform): what the webhook says it is, for the relay's log line. */
    webhook?: WebhookLabel;
}



/** What every call carries, whatever its type. */
export interface CallEnvelope {
    userId?: string;
    anonymousId?: string;
    messageId: string;
    timestamp?: string;
    context: {
        integration: { name: "stigg"; version: string };
        /** The Stigg customer id, on track calls when groupCalls is on. */
        groupId?: string;
        stigg?: { trimmed: string[] };
    };
}

/** A track call, exactly as passed to Segment.track (minus `type`). */
export interface TrackCall extends CallEnvelope {
    type: "track";
    event: string;
    properties: Record<string, unknown>;
}

/** An identify call, exactly as passed to Segment.identify (minus `type`). */
export interface IdentifyCall extends CallEnvelope {
    type: "identify";
    traits: Record<string, unknown>;
}

/** A group call, exactly as passed to Segment.group (minus `type`). */
export interface GroupCall extends CallEnvelope {
    type: "group";
    groupId: string;
    traits: Record<string, unknown>;
}

/** One Segment Spec call; `type` says which Segment method sends it. */
export type SegmentCall = TrackCall | IdentifyCall | GroupCall;

/** What one webhook becomes: its calls, or why it has none. */
export interface TransformResult {
    calls: SegmentCall[];
    skipped?: { code: "no_customer" | "filtered"; reason: string };
}

/** The limits and names the JS side takes from the core. */
export interface Limits {
    maxBodyBytes: number;
    segmentCallLimitBytes: number;
    callBudgetBytes: number;
    secretHeader: string;
    /** The variable a host reads the webhookSecret setting from (STIGG_SEGMENT_WEBHOOK_SECRET). */
    webhookSecretVariable: string;
    errorClasses: string[];
}

/** One Stigg webhook type, as the catalogue (src/stigg/catalogue.rs) reads it. */
export interface StiggEventType {
    name: string;
    family: string;
    /** Where its customer id sits, in the order tried; empty when it concerns no customer. */
    customerIdAt: string[];
    identifies: boolean;
    /** Whether a group call goes with it when groupCalls is on. */
    groups: boolean;
    /** Its event name under the "Segment Spec" style, when the Spec has one. */
    specEvent: string | null;
}

/** One column of a warehouse row. */
export interface WarehouseColumn {
    name: string;
    type: "boolean" | "integer" | "float" | "timestamp" | "varchar";
    /** As the warehouse holds it; arrays as JSON text, text cut at 512 characters. */
    value: string | number | boolean;
    /** Where in the call it came from, such as "properties.customer.id". */
    from: string;
    /** The length in characters before the 512-character cut, when cut. */
    cutFrom?: number;
}

/** One row Segment's warehouses write for a call. */
export interface WarehouseRow {
    /** The index of the call it came from. */
    call: number;
    /** "tracks", the event's table, "identifies", "users" or "groups". */
    table: string;
    columns: WarehouseColumn[];
    /** Values of the call no column holds, and why. */
    dropped: { from: string; column: string; reason: string }[];
}

/** One function setting, as created in Segment's editor. */
export interface SettingSchema {
    name: string;
    label: string;
    type: "STRING" | "BOOLEAN" | "ARRAY";
    default: string | boolean | string[];
    choices: string[];
    sensitive: boolean;
    required: boolean;
    description: string;
    /** The environment variable (or Worker variable) hosts read it from. */
    variable: string;
}



/** What one customer read from Stigg's API becomes: its identify and group calls, or why it has none. */
export interface SyncResult {
    calls: (IdentifyCall | GroupCall)[];
    skipped?: { code: "archived" | "nothing_to_send"; reason: string };
}

/** Stigg's REST API v1 as the sync reads it. */
export interface StiggApi {
    customersPath: string;
    subscriptionsPath: string;
    plansPath: string;
    maxPageSize: number;
    /** The most bytes a page may have: read a response up to one byte more, then stop. */
    maxPageBytes: number;
    apiKeyHeader: string;
}

/** What came back from a page request: an HTTP answer (its status an integer from 100 to 999, as `SegmentAnswer`'s; its text scrubbed of the key), or why there was none. */
export type StiggAnswer =
| { status: number; retryAfter?: string | null; body?: string }
| { failed: string };

/** The request an answer is to: `shown` as messages name it (`GET <url><path>`, no query), the URL's setting, the try (1 first). */
export interface StiggAsked {
    shown: string;
    urlSetting: string;
    attempt: number;
}

/** What to do about an answer: read the page, ask again after `afterMs`, or stop (`message` says what to check). */
export type StiggPageDecision =
| { decision: "read" }
| { decision: "retry"; afterMs: number; message: string }
| { decision: "stop"; message: string };

/** A plan as `StiggPlans` keeps it: its id and names. */
export interface StiggPlanRecord {
    id: string;
    name?: string;
    displayName?: string;
}

/** One page of a Stigg list endpoint. */
export interface StiggPage {
    data: Record<string, unknown>[];
    /** The cursor of the next page (`after`); null on the last page. */
    next: string | null;
}



/**
 * One delivery of calls to a Segment endpoint, decided by the core's
 * delivery policy (`src/delivery.rs`), the one `stigg-segment send` and
 * `serve` use: the host posts, the core says what each answer means. For
 * the edge relay's queue consumer; see `DeliveryPolicy` and friends for the
 * shapes.
 */
export class Delivery {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * How many bytes of an answer a host reads before it scrubs the write
     * key out of it: twice what the core keeps, so that a key the core's
     * cut falls across is whole when it is scrubbed. The core makes the cut.
     */
    static answerReadBytes(): number;
    /**
     * What Segment's answer to that request means: `{decision, ...}`.
     * Throws when no request awaits an answer.
     */
    answer(answer: SegmentAnswer): DeliveryDecision;
    /**
     * Throws when a write key is empty or not printable ASCII; the message
     * names `variable`, never the key.
     */
    static checkWriteKey(variable: string, key: string): void;
    /**
     * The URL to post batches to, from a URL given as Segment's libraries
     * take their `host`; throws, naming the problem, when it is not https
     * (plain http only to loopback) or holds credentials.
     */
    static endpoint(given: string): string;
    /**
     * Every call's fate, and why the delivery stopped: `{sent, deadLettered,
     * unsent, stop, message, waitMs, requests, splitTooLarge}`. Frees the
     * delivery.
     */
    finish(): DeliveryOutcome;
    /**
     * Stops the delivery (the host is shutting down): what is not settled
     * stays unsent.
     */
    interrupt(): void;
    /**
     * A delivery to `endpoint` (a URL as `Delivery.endpoint` returns it)
     * of calls whose JSON weighs `callBytes` (UTF-8 bytes, in order),
     * `firstAttempt` being how many times they were tried before, plus 1.
     */
    constructor(endpoint: string, callBytes: Uint32Array | number[], policy: DeliveryPolicy, firstAttempt: number);
    /**
     * The next request: `{from, to, attempt}`, the calls `[from, to)` as
     * one batch; `undefined` once the delivery is over.
     */
    next(): DeliveryRequest | undefined;
    /**
     * A relay's target spec,
     * `name=NAME,write-key-env=VAR[,region=us|eu][,endpoint=URL][,namespace=NS]`,
     * read by the rule `stigg-segment serve --target` reads it by: `{name,
     * writeKeyVariable, endpoint, namespace?}`, the endpoint as
     * `Delivery.endpoint` gives it. Throws, saying what is wrong with it.
     */
    static parseTarget(spec: string): TargetSpec;
    /**
     * Segment's endpoint for a region (`us` or `eu`), or `undefined`.
     */
    static regionEndpoint(region: string): string | undefined;
    /**
     * `text` with every one of `secrets` replaced by `replacement`, the
     * longest first; with `cutShort` (the text is the start of a longer
     * answer), a first part of a secret that ends it goes too.
     */
    static scrub(text: string, secrets: string[], replacement: string, cutShort: boolean): string;
}

/**
 * The plans by id, as `GET /api/v1/plans` lists them: what a
 * subscription needs to name its plan. Built once (a page task's) and lent
 * to every `syncCustomer` call; `toRecords()` carries them to the next.
 */
export class StiggPlans {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Adds plan records (a page's `data`); a plan listed in several
     * versions keeps its latest. Throws `ValidationError` naming a record
     * that is not a plan.
     */
    add(records: Record<string, unknown>[]): void;
    /**
     * The plans of `records` (plan records of a page, or `toRecords()`'s),
     * or none yet.
     */
    constructor(records: Record<string, unknown>[] | undefined);
    /**
     * The plans as records, `{id, name?, displayName?}` each: what a page
     * task carries to the next (`new StiggPlans(records)`).
     */
    toRecords(): StiggPlanRecord[];
    /**
     * How many plans there are.
     */
    readonly size: number;
}

/**
 * Sets the settings, as JSON text, that `transformFields` uses; a no-op
 * when they are the ones already set.
 */
export function configure(settings: string): void;

/**
 * Every Stigg webhook type the catalogue knows: its family, where its
 * customer id sits, and whether it also yields an identify call.
 */
export function eventTypes(): StiggEventType[];

/**
 * Where the field area sits in this instance's memory, and how the fields
 * are laid out in it (`crate::fields::Layout`).
 */
export function fieldLayout(): any;

/**
 * The limits and names the JS side needs, from the core so that nothing is
 * restated there: `{maxBodyBytes, segmentCallLimitBytes, callBudgetBytes,
 * secretHeader, webhookSecretVariable, errorClasses}`. The Segment script has
 * them, but the variable, written in by scripts/bundle.js (see `fieldArea`).
 */
export function limits(): Limits;

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
 */
export function settingsFromEnvironment(variables: Record<string, unknown>, alsoKnown?: string[] | null): EnvironmentSettings;

/**
 * Every setting with its type, default, choices and description.
 */
export function settingsSchema(): SettingSchema[];

/**
 * The paths, page size and key header of Stigg's REST API v1.
 */
export function stiggApi(): StiggApi;

/**
 * The API key without the blanks around it; throws when it is not set or
 * not printable ASCII, naming `variable` (where the host read it), never
 * the key.
 */
export function stiggApiKey(variable: string, key: string): string;

/**
 * The API's base URL from what the host was given (`setting` names where,
 * as messages say it; blank: Stigg's own): https only (plain http only to
 * a loopback address), no credentials, query or fragment. Throws an error
 * naming `setting` and the problem, never the credentials.
 */
export function stiggApiUrl(given: string, setting: string): string;

/**
 * Reads one page of a Stigg list endpoint: the response's bytes (read up
 * to `stiggApi().maxPageBytes` and one more, then no further) or its
 * text; throws an error naming the page, or the field that does not parse.
 */
export function stiggPage(page: Uint8Array | string): StiggPage;

/**
 * What an answer of Stigg's API to a page request means, the rule
 * `stigg-segment sync` applies: read it, ask again after the delivery
 * policy's backoff (or a longer Retry-After), or stop with one line naming
 * the status and what to check.
 */
export function stiggPageDecision(answer: StiggAnswer, asked: StiggAsked, policy: DeliveryPolicy | undefined): StiggPageDecision;

/**
 * The query string of one page of `path` (no `?`): the page size (the
 * API's largest unless `limit` is smaller), the cursor the previous page
 * gave, and for subscriptions one customer.
 */
export function stiggPageQuery(path: string, after?: string | null, customerId?: string | null, limit?: number | null): string;

/**
 * The identify and group calls that describe one customer read from
 * Stigg's REST API (`GET /api/v1/customers`), given its subscriptions'
 * records (`GET /api/v1/subscriptions`, any order) and the plans
 * (`GET /api/v1/plans`), under the settings: the rule of
 * `stigg-segment sync`. Throws `ValidationError` naming a field a record
 * lacks.
 */
export function syncCustomer(customer: Record<string, unknown>, subscriptions: Record<string, unknown>[], plans: StiggPlans, settings: Settings | null | undefined): SyncResult;

/**
 * The Segment tracking plan for what the function emits under these
 * settings: `{rules: [{type, key, version, jsonSchema}]}`, the body
 * Segment's Public API takes to replace a tracking plan's rules. Options:
 * `{strict: true}` for the plan that closes Stigg's properties (absent or
 * false: the default, which plans them and allows the rest). For the npm
 * package and the playground only (feature `tracking-plan`): the Segment
 * script's wasm never carries it.
 */
export function trackingPlan(settings: Settings | null | undefined, options?: TrackingPlanOptions | null): TrackingPlan;

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
 */
export function transform(body: string | Uint8Array | Record<string, unknown>, headers: Record<string, string | string[] | null | undefined> | Map<string, string> | Headers | null | undefined, settings: Settings | null | undefined, receivedAt?: string | Date | null): TransformResult;

/**
 * The fast path: decides on the fields the script wrote into the field
 * area, with the settings last `configure`d. Returns the outcome as JSON
 * text, its payloads named rather than filled in (`"body"`, or
 * `[member, ...trait names]`); `undefined` when the full path (`transform`)
 * must finish the job.
 */
export function transformFields(): string | undefined;

/**
 * The crate version, which is also `context.integration.version`.
 */
export function version(): string;

/**
 * The rows Segment's warehouses would write for calls: a transform
 * result, a list of calls or one call, as `transform` returns them or as
 * a Segment function passes them on. Each row names its table, its
 * columns with their types, and the values dropped or cut.
 */
export function warehouseRows(calls: TransformResult | SegmentCall[] | SegmentCall): { rows: WarehouseRow[] };

/**
 * The function's settings, as Segment passes them and `transform` and
 * `trackingPlan` take them; all optional: an unset (or null) one takes its
 * default. Generated from the settings table (src/settings.rs).
 */
export interface Settings {
    /** The secret Stigg shows for this webhook. When set, every request must carry it in the Stigg-Webhooks-Secret header. Default: empty, which checks nothing, so anyone who knows the function's URL can send events. */
    webhookSecret?: string | null;
    /** How a Stigg type becomes the track event name: "snake_case" (subscription_trial_ends_soon, as Stigg's example function does), "Object Action" (Subscription Trial Ends Soon), "original" (subscription.trial.ends_soon) or "Segment Spec" (the B2B SaaS Spec's Trial Started, Trial Ended, Account Created and Account Deleted, with the Spec's properties added beside Stigg's; Object Action for the rest). Default: snake_case. */
    eventNameStyle?: "snake_case" | "Object Action" | "original" | "Segment Spec" | null;
    /** What to do with a webhook that names no customer (plan, add-on, feature, product, coupon and sync events): "drop" skips it, "error" rejects it with EventNotSupported, "anonymous" sends it with an anonymousId derived from Stigg's messageId. Default: drop. */
    onMissingCustomer?: "drop" | "error" | "anonymous" | null;
    /** Stigg types to send, with * as a wildcard (subscription.*). Other types are skipped. Default: empty, which sends every type. */
    eventAllowlist?: readonly string[] | null;
    /** Stigg types to skip, with * as a wildcard (measurement.*). Applied after the allowlist. Default: empty. */
    eventDenylist?: readonly string[] | null;
    /** Dotted paths removed from the webhook before it becomes properties or traits (customer.email, email, metadata.internalNote). A path through an array applies to every element. Default: empty. */
    redactProperties?: readonly string[] | null;
    /** Also send an identify call, with the customer's name, email, billingId, crmId and metadata as traits, for customer.* events (not customer.deleted). Default: true. */
    identifyCustomers?: boolean | null;
    /** "trim" removes the largest properties until the call fits and lists their paths in context.stigg.trimmed; "error" rejects the webhook with ValidationError. Default: trim. */
    oversizedEvents?: "trim" | "error" | null;
    /** Put into every messageId (stigg-{namespace}-{delivery}-{call}), for sending the same webhooks to several Segment workspaces: Segment drops repeated messageIds across all workspaces, so each destination needs its own namespace, while a redelivery to one destination stays one message. Letters, digits, _ and . only; one longer than 24 characters is hashed. Default: empty, which leaves messageIds as they are. */
    messageIdNamespace?: string | null;
    /** Also send a group call, with groupId and userId the Stigg customer id, for customer.* (not customer.deleted) and subscription.* events: traits name, email, billingId, crmId, metadata and createdAt from the customer and, on subscription and trial events, plan, subscriptionStatus, billingPeriod, trialEndDate and stiggUpdatedAt. Track calls then carry context.groupId. Default: false. */
    groupCalls?: boolean | null;
    /** Also send an identify call on subscription.* events with the customer's plan, subscriptionStatus, billingPeriod, trialEndDate and stiggUpdatedAt (the Stigg timestamp they are as of; Stigg may deliver out of order). Default: false. */
    planTraits?: boolean | null;
    /** Rename the properties and traits a Segment warehouse would discard: Stigg's top-level id becomes subscription_id, customer_id, ... by family, timestamp becomes stigg_timestamp, any other reserved column name gets a stigg_ prefix; and keep each column's type stable: metadata objects, whose keys and value types each Stigg user chooses, are sent as JSON text in one column. Recommended with a warehouse. Default: false. */
    warehouseSafeProperties?: boolean | null;
}
