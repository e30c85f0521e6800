import path from 'node:path'

import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
let eslint: ESLint

// The project's own eslint.config.mjs, without type information: planted files exist only as text.
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] })
})

/** Lints one planted import at `file` (relative to the repo) and returns what the linter says. */
async function lintImport(file: string, from: string) {
  const text = `import { planted } from '${from}'\n\nexport const used = planted\n`
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) })
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
}

const refused = (messages: string[]) => messages.filter((message) => message.startsWith('no-restricted-imports'))

describe('npm run lint keeps the layers apart', () => {
  it.each([
    ['src/workflow/planted.ts', 'payload', 'framework-free'],
    ['src/workflow/planted.ts', 'next/cache', 'framework-free'],
    ['src/workflow/planted.ts', 'react', 'framework-free'],
    ['src/workflow/planted.ts', '@payloadcms/ui', 'framework-free'],
    ['src/workflow/planted.ts', '../../collections/shared/issues-using', 'pure domain core'],
    ['src/workflow/planted.ts', '../../services/workflow/intents', 'pure domain core'],
    ['src/workflow/planted.ts', '../../app/(site)/_data/releases', 'pure domain core'],
    ['app/(site)/issues/planted.tsx', '../../../collections/shared/issues-using', 'never collections/'],
    ['app/(site)/issues/planted.tsx', '../../../services/workflow/preview-release', 'only through app/(site)/_data'],
    ['app/(site)/issues/planted.tsx', 'payload', 'only through app/(site)/_data'],
    ['app/(site)/_data/planted.ts', '../../../collections/Issues', 'never collections/'],
    ['collections/Issues/hooks/planted.ts', '../../../app/(site)/_data/releases', 'nothing from app/'],
    ['collections/ThinkTanks/planted.ts', '../Issues/hooks/enforce-edit-policy', "another collection's folder"],
    ['collections/shared/planted.ts', '../Issues/hooks/enforce-edit-policy', 'does not import a collection'],
    ['services/workflow/planted.ts', '../../collections/Issues/hooks/enforce-edit-policy', 'folder is private'],
    ['scripts/planted.ts', '../collections/ThinkTanks/index', 'folder is private'],
  ])('refuses %s importing %s', async (file, from, why) => {
    const messages = refused(await lintImport(file, from))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(why)
  })

  it.each([
    ['services/workflow/planted.ts', 'payload'],
    ['app/(site)/_data/planted.ts', 'payload'],
    ['app/(site)/_data/planted.ts', '../../../services/workflow/preview-release'],
    ['app/(site)/issues/planted.tsx', '../../_data/releases'],
    ['app/(site)/issues/planted.tsx', '../../../src/site/release-view'],
    ['collections/ThinkTanks/planted.ts', '../shared/rebind-signoffs'],
    ['collections/Issues/planted.ts', './hooks/enforce-edit-policy'],
    ['collections/Issues/planted.ts', '../../services/workflow/intents'],
    ['src/workflow/planted.ts', '../content/ids'],
    ['payload-config-planted.ts', './collections/Issues'],
  ])('lets %s import %s', async (file, from) => {
    expect(await lintImport(file, from)).toEqual([])
  })
})
