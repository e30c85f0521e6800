import { Kind, parse, visit, type DocumentNode } from 'graphql'

/**
 * The name of a fragment that spreads itself (directly or through others), or null. Such a query is
 * invalid GraphQL; it is caught before anything walks the fragments recursively. Unparseable queries
 * return null: the GraphQL handler reports their syntax error itself.
 */
export function fragmentCycleIn(query: unknown): string | null {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return null
  }
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const done = new Set<string>()
  const onPath = new Set<string>()
  const cycleFrom = (name: string): string | null => {
    if (onPath.has(name)) return name
    if (done.has(name)) return null
    onPath.add(name)
    for (const next of spreads.get(name) ?? []) {
      const found = cycleFrom(next)
      if (found) return found
    }
    onPath.delete(name)
    done.add(name)
    return null
  }
  for (const name of spreads.keys()) {
    const found = cycleFrom(name)
    if (found) return found
  }
  return null
}
