// node --test: robots.txt, sitemap.xml and SITE_URL (src/js/site-files.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { robotsTxt, siteAddress, sitemapXml } from "../src/js/site-files.mjs";

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
