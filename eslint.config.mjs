import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = path.dirname(fileURLToPath(import.meta.url))

/** Collection folders (`collections/Issues`, …): PascalCase, beside the shared `access`, `fields` and `shared` folders. */
const COLLECTIONS = readdirSync(path.join(root, 'collections'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^[A-Z]/.test(entry.name))
  .map((entry) => entry.name)

const FRAMEWORK = [
  { regex: '^(payload|next|react|react-dom)(/|$)', message: 'src/ is framework-free: pass plain values in from collections/ or services/.' },
  { regex: '^@payloadcms/', message: 'src/ is framework-free: pass plain values in from collections/ or services/.' },
  { regex: '^@payload-config$', message: 'src/ is framework-free: pass plain values in from collections/ or services/.' },
]
const up = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|\\.|$)`

/** The layers (see ARCHITECTURE.md). Each file gets exactly one of these lists: flat config replaces, never merges, rule options. */
const LAYERS = {
  src: [
    ...FRAMEWORK,
    { regex: up(['collections', 'app', 'services', 'scripts', 'payload-types', 'payload']), message: 'src/ imports only src/: it is the pure domain core.' },
  ],
  siteData: [{ regex: '(^|/)collections/', message: 'Reader pages read releases through app/(site)/_data, never collections/ directly.' }],
  sitePages: [
    { regex: '(^|/)collections/', message: 'Reader pages read releases through app/(site)/_data, never collections/ directly.' },
    { regex: '(^|/)services/', message: 'Reader pages reach data only through app/(site)/_data.' },
    { regex: '(^|/)payload-types$', message: 'Reader pages reach data only through app/(site)/_data.' },
    { regex: '^(payload|@payload-config|@payloadcms/(db-[a-z]+|next))(/|$)', message: 'Reader pages reach Payload only through app/(site)/_data.' },
  ],
  collection: (name) => [
    { regex: up(['app']), message: 'collections/ imports nothing from app/.' },
    {
      regex: `(^|/)(${COLLECTIONS.filter((other) => other !== name).join('|')})(/|$)`,
      message: "A collection does not import another collection's folder: shared code lives in collections/shared, access, fields or services/.",
    },
  ],
  collectionShared: [
    { regex: up(['app']), message: 'collections/ imports nothing from app/.' },
    { regex: `^(\\.\\./)+(${COLLECTIONS.join('|')})(/|$)`, message: 'Shared collection code does not import a collection: move the shared part here or to services/.' },
  ],
  // Data steps run at start-up (services/startup.ts): app code in a migration meets a later schema.
  migrations: [
    {
      regex: up(['services', 'collections', 'src', 'app', 'scripts']),
      message: 'Migrations change the schema only; data steps belong in services/startup.ts, which runs after every migration.',
    },
  ],
  outside: [
    {
      regex: `(^|/)collections/(${COLLECTIONS.join('|')})/`,
      message: "A collection's folder is private: import the collection's config (collections/Name) or move the shared part to services/.",
    },
  ],
}
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map((pattern) => ({ ...pattern, caseSensitive: true })) }] })
const SITE_DATA = 'app/(site)/_data/**'

export default tseslint.config(
  {
    ignores: [
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/*.json',
      'next-env.d.ts',
      '.next/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  nextPlugin.configs['core-web-vitals'],
  reactHooks.configs.flat['recommended-latest'],
  {
    plugins: { 'import-x': importX },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['internal', 'parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@payload-config', group: 'external' }],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: true, allowBoolean: true, allowNullish: true, allowNumber: true, allowRegExp: true, allowNever: true },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  // Payload generates migrations with the full `({ db, payload, req })` signature.
  { files: ['migrations/**'], rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] } },

  {
    // Vitest types its asymmetric matchers (expect.stringContaining, expect.any) as `any`, tests read
    // JSON bodies whose shape the assertion itself checks, and case tables use async factories.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },

  // The layers.
  { files: ['src/**'], rules: restrict(LAYERS.src) },
  { files: [SITE_DATA], rules: restrict(LAYERS.siteData) },
  { files: ['app/(site)/**'], ignores: [SITE_DATA], rules: restrict(LAYERS.sitePages) },
  ...COLLECTIONS.map((name) => ({ files: [`collections/${name}/**`], rules: restrict(LAYERS.collection(name)) })),
  { files: ['collections/{access,fields,shared}/**'], rules: restrict(LAYERS.collectionShared) },
  { files: ['**/*'], ignores: ['src/**', 'app/(site)/**', 'collections/**', 'migrations/**'], rules: restrict(LAYERS.outside) },
  { files: ['migrations/**'], rules: restrict(LAYERS.migrations) },
)
