/** A plain object (not null, not an array): what JSON and structured clone give for `{…}`. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
