export type Id = number | string

/** The id of a relationship value, whether it was populated (an object) or not (an id). */
export function idOf(value: unknown): Id | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}

export const idsOf = (values: unknown): Id[] =>
  Array.isArray(values) ? values.map(idOf).filter((id): id is Id => id !== undefined) : []

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
