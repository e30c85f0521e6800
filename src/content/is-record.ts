/** A plain JSON-like object (not null, not an array), whose keys can be read as unknown values. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
