import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/**
 * Developer and command-line tools (seed, bench, backup, restore) are built apart from the app into out-cli/, so nothing of them
 * ships: electron.vite.config.ts builds only the app's own entries into out/.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: {
        seed: resolve(import.meta.dirname, 'src/main/cli/seed.ts'),
        bench: resolve(import.meta.dirname, 'src/main/cli/bench.ts'),
        backup: resolve(import.meta.dirname, 'src/main/cli/backup.ts'),
        restore: resolve(import.meta.dirname, 'src/main/cli/restore.ts'),
        export: resolve(import.meta.dirname, 'src/main/cli/export.ts'),
        import: resolve(import.meta.dirname, 'src/main/cli/import.ts')
      },
      output: { format: 'esm', entryFileNames: '[name].js' }
    }
  }
})
