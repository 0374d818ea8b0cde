import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

export default defineConfig({
  main: {
    build: {
      // The benchmark drives Chromium and builds a comparison page; those tools stay in node_modules.
      externalizeDeps: { include: ['@playwright/test', 'vite', '@vitejs/plugin-react'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          server: resolve(__dirname, 'src/main/server.ts'),
          seed: resolve(__dirname, 'src/main/cli/seed.ts'),
          bench: resolve(__dirname, 'src/main/cli/bench.ts')
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
    plugins: [react(), tailwindcss()],
    // electron-vite leaves the renderer unminified; a smaller bundle paints sooner in browser mode too.
    build: { minify: true, rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') } }
  }
})
