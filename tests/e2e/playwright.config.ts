// End-to-end tests against the release build in dist/, served on 127.0.0.1,
// in Debian's Chromium (Playwright's own browser download is not available here).
import { defineConfig } from "@playwright/test";

const PORT = 8123;

export default defineConfig({
  testDir: ".",
  outputDir: "results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs ${PORT} dist`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build as GitHub Pages serves a project site: under a subpath.
      command: `node tests/e2e/serve.mjs ${PORT + 1} dist /some/subpath/`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORT + 1}/some/subpath/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // A blog that embeds the explainer, reached as http://localhost:PORT+2:
      // another origin than the explainer's 127.0.0.1.
      // Served from the repository root so a page can load pym.js from npm.
      command: `node tests/e2e/serve.mjs ${PORT + 2} .`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORT + 2}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
