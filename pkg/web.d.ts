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

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly settingsSchema: () => [number, number, number];
    readonly transform: (a: any, b: any, c: any) => [number, number, number];
    readonly transformBytes: (a: any, b: any, c: any, d: number) => [number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
