/**
 * `compute` for an object, worked out once per object and kept as long as the object lives: for answers
 * derived from a list nobody changes in place, such as the loaded think-tank registry, which the system
 * keeps between requests (a changed registry is loaded as a new list).
 */
export function keptPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>()
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V
    const value = compute(key)
    kept.set(key, value)
    return value
  }
}
