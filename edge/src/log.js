// The edge relay's log: one JSON object a line through `console`, which
// Workers Logs indexes field by field and `wrangler tail` shows, with the
// events and field names of `stigg-segment serve --log-format json`
// (docs/cli.md, "Log lines"): `time`, `level`, `event`, then the event's
// fields. From the level in the LOG_LEVEL variable up (error, warn, info,
// debug; info by default). Values are the Worker's own: addresses,
// statuses, counts, its messages, Stigg's type and messageId; never a
// secret, a write key or a body.

export const LEVELS = ['error', 'warn', 'info', 'debug'];
/** The console method of each level, which Workers Logs records as the entry's level. */
const METHODS = { error: 'error', warn: 'warn', info: 'log', debug: 'debug' };
/** Text from elsewhere (a path, Stigg's type) is cut to this many characters. */
const MAX_FIELD_CHARS = 300;
/** A message of ours (which may quote Segment's answer) to this many. */
const MAX_MESSAGE_CHARS = 2000;

const cut = (text, max) => (text.length <= max ? text : `${text.slice(0, max)}…`);

/** A logger writing `level` and above; an unknown level writes from info. */
export function makeLog(level = 'info') {
  const threshold = LEVELS.includes(level) ? LEVELS.indexOf(level) : LEVELS.indexOf('info');
  const enabled = (lineLevel) => LEVELS.indexOf(lineLevel) <= threshold;
  const line = (lineLevel, event, fields = {}) => {
    if (!enabled(lineLevel)) return;
    const entry = { time: new Date().toISOString(), level: lineLevel, event };
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined || value === null) continue;
      entry[name] = typeof value === 'string' ? cut(value, name === 'message' ? MAX_MESSAGE_CHARS : MAX_FIELD_CHARS) : value;
    }
    console[METHODS[lineLevel]](JSON.stringify(entry));
  };
  return {
    enabled,
    line,
    error: (event, fields) => line('error', event, fields),
    warn: (event, fields) => line('warn', event, fields),
    info: (event, fields) => line('info', event, fields),
    debug: (event, fields) => line('debug', event, fields),
  };
}

/** Milliseconds since `started` (a `Date.now()`), as the binary writes them. */
export const msSince = (started) => Math.round((Date.now() - started) * 10) / 10;
