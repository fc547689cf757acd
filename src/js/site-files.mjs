// robots.txt and sitemap.xml for the prerendered site (prerender.mjs
// writes them beside the pages).
//
// Only the two articles are listed and indexed: the embed pages are one
// section each, made for iframes, and carry `noindex`. A sitemap needs
// absolute addresses (sitemaps.org: a <loc> begins with its protocol), so
// without the site's address there is none, and robots.txt names none.
// Crawlers read robots.txt only at a host's root: on a project site
// (user.github.io/repo/) it is the host's that counts, and the sitemap is
// submitted to the search engines instead (README, Deploy).

/** Text for a double-quoted attribute, in the pages (prerender.mjs) and in
 * the sitemap's XML alike. */
export const escapeAttr = (s) => String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The site's address as prerender.mjs takes it from SITE_URL: absolute,
 * http(s), ending in a slash; "" when unset. Anything else is refused, so
 * a typo never ends up in every page's head. */
export function siteAddress(raw) {
  const value = (raw ?? "").trim();
  if (!value) return "";
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an address: ${JSON.stringify(value)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`SITE_URL must be an http(s) address without a query or fragment: ${JSON.stringify(value)}`);
  }
  return url.href.replace(/\/?$/, "/");
}

/** robots.txt: everything may be crawled (the embed pages say noindex
 * themselves, which a crawler can only read if it may fetch them). */
export function robotsTxt(siteUrl) {
  const lines = ["User-agent: *", "Allow: /"];
  if (siteUrl) lines.push("", `Sitemap: ${siteUrl}sitemap.xml`);
  return lines.join("\n") + "\n";
}

/** sitemap.xml: each article with its language alternates, the same
 * addresses its head gives (canonical, hreflang, x-default).
 * `articles`: [{ loc, alternates: [{ hreflang, href }] }], absolute. */
export function sitemapXml(articles) {
  const entries = articles.map((a) => {
    const links = a.alternates.map((l) => `    <xhtml:link rel="alternate" hreflang="${escapeAttr(l.hreflang)}" href="${escapeAttr(l.href)}"/>`);
    return [`  <url>`, `    <loc>${escapeAttr(a.loc)}</loc>`, ...links, `  </url>`].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...entries,
    `</urlset>`,
    "",
  ].join("\n");
}
