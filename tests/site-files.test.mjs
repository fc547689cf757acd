// node --test: robots.txt, sitemap.xml and SITE_URL (src/js/site-files.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleJsonLd, commitDate, jsonLdScript, robotsTxt, siteAddress, sitemapXml } from "../src/js/site-files.mjs";

test("SITE_URL is read as an absolute address ending in a slash, or nothing", () => {
  assert.equal(siteAddress(undefined), "");
  assert.equal(siteAddress("  "), "");
  assert.equal(siteAddress("https://user.github.io/repo"), "https://user.github.io/repo/");
  assert.equal(siteAddress("https://user.github.io/repo/"), "https://user.github.io/repo/");
  assert.equal(siteAddress("http://127.0.0.1:8123"), "http://127.0.0.1:8123/");
});

test("a SITE_URL that is not an http(s) address stops the build", () => {
  for (const bad of ["user.github.io/repo", "/repo/", "ftp://example.com/", "https://example.com/?x=1", "https://example.com/#top", "javascript:alert(1)"]) {
    assert.throws(() => siteAddress(bad), /SITE_URL/, bad);
  }
});

test("robots.txt lets crawlers in, and names the sitemap only when there is one", () => {
  const local = robotsTxt("");
  assert.match(local, /^User-agent: \*$/m);
  assert.match(local, /^Allow: \/$/m);
  assert.doesNotMatch(local, /Sitemap/);
  assert.doesNotMatch(local, /Disallow/);
  const published = robotsTxt("https://user.github.io/repo/");
  assert.match(published, /^Sitemap: https:\/\/user\.github\.io\/repo\/sitemap\.xml$/m);
});

test("sitemap.xml lists each article once, with its language alternates and escaped addresses", () => {
  const site = "https://user.github.io/repo/";
  const articles = [
    { loc: `${site}?lang=ja&x=1`, alternates: [{ hreflang: "ja", href: `${site}?lang=ja&x=1` }, { hreflang: "en", href: `${site}en/` }, { hreflang: "x-default", href: site }] },
    { loc: `${site}en/`, alternates: [{ hreflang: "en", href: `${site}en/` }, { hreflang: "ja", href: `${site}?lang=ja&x=1` }, { hreflang: "x-default", href: site }] },
  ];
  const xml = sitemapXml(articles);
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
  assert.equal((xml.match(/<url>/g) ?? []).length, 2);
  assert.equal((xml.match(/<\/url>/g) ?? []).length, 2);
  assert.deepEqual([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]), [`${site}?lang=ja&amp;x=1`, `${site}en/`]);
  assert.equal((xml.match(/<xhtml:link rel="alternate" hreflang="[a-z-]+" href="https:\/\/[^"]*"\/>/g) ?? []).length, 6);
  // No bare ampersand anywhere: every one starts an entity.
  assert.doesNotMatch(xml, /&(?!amp;|lt;|gt;|quot;)/);
  assert.match(xml, /<\/urlset>\n$/);
});

const STRUCTURED = {
  based_on: { headline: "AI インダストリー", author: "Kuli", publishers: ["深潮 TechFlow", "BlockBeats"], date: "2025-12", in_language: "ja" },
  claims: [
    { key: "interest", text: "About $7B a year", verdict: "Holds", reason: "Within 10%." },
    { key: "audit", text: "Never audited </script><!--", verdict: "Holds", reason: "None." },
  ],
  citations: [{ name: "Axios", url: "https://www.axios.com/x" }],
};
const PAGE = {
  url: "https://user.github.io/repo/en/",
  lang: "en",
  headline: "Tether's printing press",
  description: "An article, checked.",
  image: "https://user.github.io/repo/en/share.png",
  logo: "https://user.github.io/repo/apple-touch-icon.png",
  site: "Tether's printing press",
  siteHome: "https://user.github.io/repo/",
  published: "2026-11-25",
  modified: "2026-12-06T10:00:00Z",
};

test("an article's JSON-LD: the Article with its required properties, and a ClaimReview per claim", () => {
  const ld = articleJsonLd(PAGE, STRUCTURED);
  assert.equal(ld["@context"], "https://schema.org");
  const [article, ...reviews] = ld["@graph"];
  assert.equal(article["@type"], "Article");
  for (const key of ["headline", "description", "datePublished", "dateModified", "author", "publisher", "image", "inLanguage", "isBasedOn", "citation"]) {
    assert.ok(article[key], key);
  }
  assert.equal(article.isBasedOn.author.name, "Kuli");
  assert.equal(article.isBasedOn.url, undefined, "facts.md gives the article no address, so none is made up");
  assert.deepEqual(article.citation, [{ "@type": "CreativeWork", name: "Axios", url: "https://www.axios.com/x" }]);
  assert.equal(article.image.url, PAGE.image);
  assert.equal(reviews.length, 2);
  for (const [i, r] of reviews.entries()) {
    assert.equal(r["@type"], "ClaimReview");
    assert.equal(r.url, `${PAGE.url}#claim-${STRUCTURED.claims[i].key}`);
    assert.equal(r.claimReviewed, STRUCTURED.claims[i].text);
    assert.equal(r.reviewRating.alternateName, "Holds");
    assert.equal(r.itemReviewed["@type"], "Claim");
    assert.equal(r.itemReviewed.appearance.headline, "AI インダストリー");
    assert.ok(r.author.name && r.datePublished);
  }
  // Without a commit date there is no dateModified, rather than a made-up one.
  assert.equal(articleJsonLd({ ...PAGE, modified: "" }, STRUCTURED)["@graph"][0].dateModified, undefined);
});

test("the JSON-LD script cannot be ended or broken by its text", () => {
  const script = jsonLdScript(articleJsonLd(PAGE, STRUCTURED));
  const inner = script.slice('<script type="application/ld+json">'.length, -"</script>".length);
  assert.doesNotMatch(inner, /<|>/);
  assert.equal(JSON.parse(inner)["@graph"][2].claimReviewed, "Never audited </script><!--");
});

test("the commit date is git's, or nothing where there is no history", () => {
  assert.equal(commitDate(() => "2026-12-06T10:00:00Z\n"), "2026-12-06T10:00:00Z");
  assert.equal(commitDate(() => { throw new Error("not a git repository"); }), "");
});
