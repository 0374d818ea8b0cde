import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

export default defineConfig({
  main: {
    build: {
      // Only what the app runs: the desktop entry and browser mode. Seed and bench build apart (vite.cli.config.ts).
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          server: resolve(__dirname, 'src/main/server.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    // No V8 compile hint (`//# allFunctionsCalledOnLoad`) on the start file: compiling all of it up
    // front cost more CPU than it saved (~190 vs ~170 ms before the first paint) and, measured by 31
    // alternating loads, made the first paint ~40 ms later on 2 busy cores (docs/performance.md).
    plugins: [react(), tailwindcss()],
    // electron-vite leaves the renderer unminified; a smaller bundle paints sooner in browser mode too.
    build: {
      minify: true,
      rolldownOptions: {
        input: resolve(__dirname, 'src/renderer/index.html'),
        // Everything the first screen imports goes in one file (rolldown's `$initial` tag). Left to
        // itself, rolldown puts what the first screen shares with the lazy screens in seven small
        // files: eight requests and compiles before the first paint instead of one (~40 ms here).
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } }
      }
    }
  }
})
