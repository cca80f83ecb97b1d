/* tslint:disable */
/* eslint-disable */

/** One Segment Spec call, exactly as passed to Segment.track or Segment.identify. */
export interface SegmentCall {
    type: "track" | "identify";
    event?: string;
    userId?: string;
    anonymousId?: string;
    properties?: Record<string, unknown>;
    traits?: Record<string, unknown>;
    messageId: string;
    timestamp?: string;
    context: {
        integration: { name: "stigg"; version: string };
        stigg?: { trimmed: string[] };
    };
}

/** What one webhook becomes: its calls, or why it has none. */
export interface TransformResult {
    calls: SegmentCall[];
    skipped?: { code: "no_customer" | "filtered"; reason: string };
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



/**
 * Every setting with its type, default, choices and description.
 */
export function settingsSchema(): SettingSchema[];

/**
 * Turns one webhook into Segment calls.
 *
 * `headers` is a plain object of header names to values (any case);
 * `settings` is the function's settings object as Segment passes it.
 * Returns `{calls: [{type, ...}], skipped?: {code, reason}}`.
 *
 * Throws an `Error` whose `name` is `InvalidEventPayload`,
 * `ValidationError` or `EventNotSupported`; JSON syntax errors also carry
 * `line` and `column`.
 */
export function transform(body: string, headers: Record<string, string | string[] | null | undefined> | null | undefined, settings: Record<string, unknown> | null | undefined): TransformResult;

/**
 * `transform` for a body already encoded as UTF-8, such as a Node
 * `Buffer`: copying bytes in is one memcpy, where passing a string makes
 * wasm-bindgen's glue re-encode it in JS, character by character. The
 * Segment script uses it, passing the string the bytes came from as
 * `text` so the result can reuse it. Invalid UTF-8 is an
 * `InvalidEventPayload` error naming the byte.
 */
export function transformBytes(body: Uint8Array, headers: Record<string, string | string[] | null | undefined> | null | undefined, settings: Record<string, unknown> | null | undefined, text?: string | null): TransformResult;

/**
 * The crate version, which is also `context.integration.version`.
 */
export function version(): string;
