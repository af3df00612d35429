import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// `npm run dev` proxies the API to a running suite's gateway (deploy/local/run.sh), so the app stays same-origin.
const gateway = process.env.CLASSBOOK_GATEWAY ?? "http://127.0.0.1:8080";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", assetsDir: "assets", sourcemap: false },
  server: { port: 5173, proxy: { "/api": gateway, "/.well-known": gateway } },
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
