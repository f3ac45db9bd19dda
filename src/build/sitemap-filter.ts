/**
 * What the sitemap leaves out: source views, which repeat their paper's text
 * for checking (search engines get the paper), and trimmed addresses that
 * only send the reader on (see SendOn.astro).
 */
const LEFT_OUT = [/^papers\/[^/]+\/source\/$/, /^papers\/$/, /^page\/$/, /^glossary\/[^/]+\/uses\/$/, /^graph\/(?:nodes|term-map)\/$/, /^references\/by-author\/$/];

/** The sitemap's filter for a site served from `base` ("/", "/folio/", or as Astro also takes it, "folio"): true for the pages it lists. */
export function inSitemap(base: string): (url: string) => boolean {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  const root = trimmed ? `/${trimmed}/` : '/';
  return (url) => {
    const path = new URL(url).pathname;
    return !(path.startsWith(root) && LEFT_OUT.some((pattern) => pattern.test(path.slice(root.length))));
  };
}
