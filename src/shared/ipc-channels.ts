// The IPC channels: one for every call, one for every event. Named here only. Kept apart from
// api.ts so the sandboxed preload bundles no schema library.
export const ipcChannels = { call: 'rupor:call', event: 'rupor:event' } as const
