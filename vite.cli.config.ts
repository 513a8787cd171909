import { defineConfig } from 'vite'

/**
 * The command-line audit (`npx nianbao-audit`) as one ES module for node 20: no browser, no TypeScript at
 * run time. The small dependencies (zod, fflate, htmlparser2, fast-xml-parser) are bundled in: resolving
 * and loading their hundred-odd module files took half of each thread's start (--help 0.29 → 0.16 s; the
 * command starts itself and two threads). pdf.js (its worker and CMaps are files) and SheetJS stay in
 * node_modules, loaded on first use. The entry is small and starts the threads before loading the rest:
 * the threads load the rule engine's chunk, this thread the walk's and the output's.
 */
export default defineConfig({
  ssr: { noExternal: true, external: ['pdfjs-dist', '@e965/xlsx'] },
  build: {
    ssr: 'src/cli/nianbao-audit.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'nianbao-audit.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', format: 'es' } },
  },
})
