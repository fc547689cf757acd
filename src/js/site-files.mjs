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

/** The date of the commit being built (ISO 8601), for the pages'
 * `article:modified_time` and JSON-LD `dateModified`; "" where there is no
 * git history to read. */
export function commitDate(run) {
  try {
    return run("git", ["log", "-1", "--format=%cI"]).trim();
  } catch {
    return "";
  }
}

/** An article page's JSON-LD (schema.org): the page as an Article by this
 * project, based on Kuli's article, citing every source with an address;
 * and one ClaimReview for each claim of the ledger, with the page's
 * verdict at the latest public figures. `page`: { url, lang, headline,
 * description, image, site, siteHome, published, modified }; `data`: the
 * prerender's `structured` (src/prerender.rs). */
export function articleJsonLd(page, data) {
  const project = { "@type": "Organization", name: page.site, url: page.siteHome };
  const based = data.based_on;
  const source = {
    "@type": "Article",
    headline: based.headline,
    author: { "@type": "Person", name: based.author },
    publisher: based.publishers.map((name) => ({ "@type": "Organization", name })),
    datePublished: based.date,
    inLanguage: based.in_language,
  };
  const dates = { datePublished: page.published, ...(page.modified ? { dateModified: page.modified } : {}) };
  const article = {
    "@type": "Article",
    "@id": `${page.url}#article`,
    url: page.url,
    mainEntityOfPage: page.url,
    headline: page.headline,
    description: page.description,
    inLanguage: page.lang,
    ...dates,
    author: project,
    publisher: { ...project, logo: { "@type": "ImageObject", url: page.logo } },
    image: { "@type": "ImageObject", url: page.image, width: 1200, height: 630 },
    isBasedOn: source,
    citation: data.citations.map((c) => ({ "@type": "CreativeWork", name: c.name, url: c.url })),
  };
  const reviews = data.claims.map((c) => ({
    "@type": "ClaimReview",
    url: `${page.url}#claim-${c.key}`,
    claimReviewed: c.text,
    reviewRating: { "@type": "Rating", alternateName: c.verdict },
    reviewBody: c.reason,
    itemReviewed: { "@type": "Claim", author: source.author, datePublished: based.date, appearance: source },
    author: project,
    datePublished: page.published,
    inLanguage: page.lang,
  }));
  return { "@context": "https://schema.org", "@graph": [article, ...reviews] };
}

/** JSON for a <script type="application/ld+json">: nothing in it can end
 * the script ("</script>") or open a comment. */
export function jsonLdScript(value) {
  const json = JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
  return `<script type="application/ld+json">${json}</script>`;
}
