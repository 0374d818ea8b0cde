import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Exact names (paths), so a bare module name never matches one of our own files by accident.
const nodeBuiltinPaths = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'events', 'net', 'better-sqlite3', 'drizzle-orm']
const electronOnly = { group: ['electron', 'electron/*'], message: 'Only src/main/index.ts, src/main/rpc/ipc.ts and src/main/desktop/** may import electron.' }

export default tseslint.config(
  { ignores: ['out/**', 'out-cli/**', 'dist/**', '.electron-native/**', 'node_modules/**', 'src/main/db/migrations/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [electronOnly] }]
    }
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: globals.node }
  },
  {
    // The boundary of the main process: these files are the only ones that touch Electron.
    files: ['src/main/index.ts', 'src/main/rpc/ipc.ts', 'src/main/desktop/**', 'src/preload/**', 'tests/unit/desktop/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths.map((name) => ({ name, message: 'src/shared runs in every process: no platform modules.' })),
          patterns: [
            electronOnly,
            { group: ['node:*'], message: 'src/shared runs in every process: no platform modules.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only src/shared.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths.map((name) => ({ name, message: 'The renderer has no Node: talk to main through the client.' })),
          patterns: [
            electronOnly,
            { group: ['node:*'], message: 'The renderer has no Node: talk to main through the client.' },
            { group: ['**/main/**', '**/preload/index*'], message: 'The renderer imports only src/shared and its own files.' }
          ]
        }
      ]
    }
  }
)
