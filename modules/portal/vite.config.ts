/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The API server the dev server forwards to: the run command's server (./mvnw -Prun package) by default.
const backend = process.env.ANJU_BACKEND ?? 'http://localhost:9080'

export default defineConfig({
  // Served at the root of the same server as the API; routes such as /o/acme/login need absolute asset paths.
  base: '/',
  plugins: [
    vue(),
    // Element Plus components are imported (with their CSS) where a template uses them.
    Components({
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: 'src/components.d.ts',
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // The Maven module packs target/classes into anju-portal.jar; Servlet serves META-INF/resources of a WEB-INF/lib jar.
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/exceljs')) return 'exceljs'
          if (id.includes('node_modules/element-plus') || id.includes('node_modules/@element-plus')) return 'element-plus'
          if (id.includes('node_modules/')) return 'vendor'
          return undefined
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/health': { target: backend },
      '/openapi': { target: backend },
    },
  },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    restoreMocks: true,
  },
})
