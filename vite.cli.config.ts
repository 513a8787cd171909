import { defineConfig } from 'vite'

/**
 * The command-line audit (`npx nianbao-audit`) as one ES module for node 20: no browser, no TypeScript at
 * run time. Dependencies stay in node_modules (external), as in any installed package.
 */
export default defineConfig({
  build: {
    ssr: 'src/cli/nianbao-audit.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'nianbao-audit.mjs', format: 'es' } },
  },
})
