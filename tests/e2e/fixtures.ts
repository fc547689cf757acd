// A page fixture that fails the test on any console error, page error,
// failed request (a 404 favicon included) or Content-Security-Policy
// violation.
import { test as base, expect, Page, Frame } from "@playwright/test";

/** Name of the binding the page calls with each CSP violation. */
const CSP_BINDING = "__e2eReportCspViolation";

/** Runs in every document and frame before the page's own scripts: records
 * each `securitypolicyviolation` in `window.__e2eCspViolations` and reports
 * it to Node through the exposed binding as it happens, so violations raised
 * just before a navigation are not lost with the document. */
function recordCspViolations(binding: string) {
  const w = window as any;
  if (w.__e2eCspViolations) return;
  const seen: string[] = (w.__e2eCspViolations = []);
  const record = (e: SecurityPolicyViolationEvent) => {
    const line = `${e.violatedDirective} ${e.blockedURI || "(inline)"} at ${e.sourceFile || location.href}:${e.lineNumber}`;
    if (seen.includes(line)) return;
    seen.push(line);
    try {
      w[binding]?.(line);
    } catch {
      // The array is read at the end of the test too.
    }
  };
  document.addEventListener("securitypolicyviolation", record, true);
  window.addEventListener("securitypolicyviolation", record, true);
}

/** Reads violations recorded by `recordCspViolations` in every frame of a
 * page, ignoring pages that are closed or in the middle of navigating. */
async function recordedCspViolations(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  const out: string[] = [];
  for (const frame of page.frames()) {
    const list = await frame
      .evaluate(() => ((window as any).__e2eCspViolations ?? []) as string[])
      .catch(() => [] as string[]);
    out.push(...list);
  }
  return out;
}

/** Watches `page` for console errors, page errors, failed requests and CSP
 * violations; `check()` fails the test if there were any. A request the
 * page's own navigation cut short is not a failure. `ignore` names URLs
 * whose failures a test causes on purpose. */
export async function watchProblems(page: Page, ignore: (url: string) => boolean = () => false) {
  const problems: string[] = [];
  const csp = new Set<string>();
  page.on("console", (msg) => {
    if (msg.type() === "error" && !ignore(msg.location().url)) problems.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400 && !ignore(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  // A request the page's own navigation cut short (the test moved on to
  // another URL, or the head script sent the reader to the page in their
  // language) is not a failure of the page; any other failure is.
  let navigations = 0;
  // A main-frame navigation that has started but not yet replaced the
  // document: a request the old document makes meanwhile (the loader
  // starts the wasm after the first frame) is cut short by it.
  let pending = false;
  const startedAt = new WeakMap<object, { n: number; pending: boolean }>();
  page.on("request", (req) => {
    // A new top-level navigation starts before the old document's
    // requests are cancelled.
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      navigations++;
      pending = true;
    }
    startedAt.set(req, { n: navigations, pending });
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) pending = false;
  });
  page.on("requestfailed", (req) => {
    if (ignore(req.url())) return;
    const aborted = /ERR_ABORTED/.test(req.failure()?.errorText ?? "");
    const at = startedAt.get(req) ?? { n: navigations, pending: false };
    // A page that sends the reader to the page in their language (or an
    // old embed link to its embed page) cuts its own load short, in any
    // frame: the new page is the one that counts.
    const abortedByNavigation = aborted && (navigations > at.n || at.pending || req.isNavigationRequest());
    if (!abortedByNavigation) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  await page.exposeFunction(CSP_BINDING, (line: string) => {
    csp.add(line);
  });
  await page.addInitScript(recordCspViolations, CSP_BINDING);
  return {
    async check(what = "no console errors, page errors, failed requests or CSP violations") {
      for (const line of await recordedCspViolations(page)) csp.add(line);
      for (const line of csp) problems.push(`securitypolicyviolation: ${line}`);
      expect(problems, what).toEqual([]);
    },
  };
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const watch = await watchProblems(page);
    await use(page);
    await watch.check();
  },
});

export { expect };

/** The sections of the article, in page order. */
export const SECTION_IDS = [
  "profit", "per-head", "printing-press", "rate-cuts", "compute", "data",
  "bci", "portfolio", "why", "irony", "business-model", "claims", "sources",
];

/** Scrolls every section into view, so every chart is created. */
export async function scrollThrough(page: Page) {
  for (const id of SECTION_IDS) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  }
}

/**
 * Waits until the page holds still after a jump: sections far from the
 * screen are laid out only when the reader comes near them (style/main.css),
 * and the browser then keeps what is on screen in place by scrolling, over
 * a frame or two. A pointer aimed before that lands beside its target.
 */
export async function stillAfterScroll(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const y = scrollY;
        const h = document.documentElement.scrollHeight;
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === y && document.documentElement.scrollHeight === h))));
      }),
  );
}

/** Waits until the code has taken over the prerendered page (or frame). */
export async function live(page: Page | Frame) {
  await expect(page.locator("html[data-live]")).toBeAttached();
}

/** Waits until the app has mounted and `section`'s chart is live: ECharts
 * loads on the first sign of interaction, so it points at the figure, and
 * charts are created as they near the viewport, so it scrolls there first. */
export async function ready(page: Page, section = "printing-press") {
  await live(page);
  await expect(page.locator(`#${section}`)).toBeVisible();
  await page.locator(`#${section}`).scrollIntoViewIfNeeded();
  if (await page.locator(`#${section} [data-testid=figure]`).count()) {
    await page.locator(`#${section} [data-testid=figure]`).hover();
    await expect(page.locator(`#${section} [data-testid=echart]`)).not.toHaveAttribute("data-updates", "0");
    await expect(page.locator(`#${section} [data-testid=echart] svg:not(.static-chart)`)).toBeVisible();
  }
}

/** How many times a section's chart has been updated. */
export async function chartUpdates(page: Page, section: string) {
  return Number(await page.locator(`#${section} [data-testid=echart]`).getAttribute("data-updates"));
}

/** The chart's SVG markup, to tell whether it was redrawn. */
export async function chartMarkup(page: Page, section: string) {
  return page.locator(`#${section} [data-testid=echart] svg`).evaluate((svg) => svg.outerHTML);
}

/** The frame of the host page's `iframe#<id>`, once its first section is in. */
export async function childFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator("main > section").first().waitFor();
  return frame!;
}
