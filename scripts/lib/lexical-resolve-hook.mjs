/**
 * Module resolve hook (registered by scripts/lib/entry.ts). Lexical's Node entry points
 * (`lexical/dist/Lexical.node.mjs`, `@lexical/<pkg>/dist/*.node.mjs`) are wrappers that pick the
 * development or production build with a top-level `await import(...)`. Payload's config loads
 * dozens of them at once, and on Node 20 concurrent dynamic imports of graphs that share modules
 * still evaluating a top-level await can leave an `import()` pending forever with nothing left in
 * the event loop: the process exits 0 before the command has done anything. Resolving Lexical with
 * the `development`/`production` condition (what the wrapper would pick after NODE_ENV) loads the
 * build directly, without the top-level await.
 */
const LEXICAL = /^(lexical|@lexical\/[^/]+)(\/|$)/

export async function resolve(specifier, context, nextResolve) {
  if (!LEXICAL.test(specifier)) return nextResolve(specifier, context)
  const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
  return nextResolve(specifier, { ...context, conditions: [condition, ...context.conditions] })
}
