/* tslint:disable */
/* eslint-disable */

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
    errorClasses: string[];
}

/** One Stigg webhook type, as the catalogue (src/stigg.rs) reads it. */
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
    apiKeyHeader: string;
}

/** One page of a Stigg list endpoint. */
export interface StiggPage {
    data: Record<string, unknown>[];
    /** The cursor of the next page (`after`); null on the last page. */
    next: string | null;
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
 * secretHeader, errorClasses}`. The Segment script has them from the
 * package's build, written in by scripts/bundle.js (see `fieldArea`).
 */
export function limits(): Limits;

/**
 * Every setting with its type, default, choices and description.
 */
export function settingsSchema(): SettingSchema[];

/**
 * The paths, page size and key header of Stigg's REST API v1.
 */
export function stiggApi(): StiggApi;

/**
 * Reads one page of a Stigg list endpoint (the response's text); throws
 * an error naming the field that does not parse.
 */
export function stiggPage(text: string): StiggPage;

/**
 * The query string of one page of `path` (no `?`): the page size, the
 * cursor the previous page gave, and for subscriptions one customer.
 */
export function stiggPageQuery(path: string, after?: string | null, customer_id?: string | null): string;

/**
 * The identify and group calls that describe one customer read from
 * Stigg's REST API (`GET /api/v1/customers`), given its subscriptions'
 * records (`GET /api/v1/subscriptions`, any order) and the plans'
 * (`GET /api/v1/plans`), under the settings: the rule of
 * `stigg-segment sync`. Throws `ValidationError` naming a field a record
 * lacks.
 */
export function syncCustomer(customer: Record<string, unknown>, subscriptions: Record<string, unknown>[], plans: Record<string, unknown>[], settings: Record<string, unknown> | null | undefined): SyncResult;

/**
 * The Segment tracking plan for what the function emits under these
 * settings: `{rules: [{type, key, version, jsonSchema}]}`, the body
 * Segment's Public API takes to replace a tracking plan's rules. For the
 * npm package and the playground only (feature `tracking-plan`): the
 * Segment script's wasm never carries it.
 */
export function trackingPlan(settings: Record<string, unknown> | null | undefined): TrackingPlan;

/**
 * Turns one webhook into Segment calls.
 *
 * `body` is the request body: a string, UTF-8 bytes (a `Uint8Array` or a
 * Node `Buffer`), or an already parsed object (serialized once, here).
 * `headers` is a plain object of header names to values, a `Map`, or a
 * fetch `Headers` (what Segment's `request.headers` is); names in any case.
 * `settings` is the function's settings object as Segment passes it.
 * Returns `{calls: [{type, ...}], skipped?: {code, reason}}`.
 *
 * Throws an `Error` whose `name` is `InvalidEventPayload`,
 * `ValidationError` or `EventNotSupported`; JSON syntax errors also carry
 * `line` and `column`. Arguments of any other type are a `TypeError`
 * naming the argument.
 */
export function transform(body: string | Uint8Array | Record<string, unknown>, headers: Record<string, string | string[] | null | undefined> | Map<string, string> | Headers | null | undefined, settings: Record<string, unknown> | null | undefined): TransformResult;

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
