/**
 * A CSL style cut down to what one entry on its own needs. "Cite this
 * paper" formats each paper in a bibliography of one (see cite-formats.ts),
 * yet citeproc-js still renders every entry's sort keys and its in-text
 * citation (to disambiguate it from the others) before rendering the entry:
 * over half its time. With one entry there is nothing to sort and nothing to
 * tell apart, so the bibliography's <sort> goes and the <citation> becomes
 * the smallest valid one. Options on <style> and <bibliography>, which do
 * shape the entry, are kept as they are.
 */
const CITATION = /<citation\b[^>]*>[\s\S]*?<\/citation>/;
const MINIMAL_CITATION = '<citation><layout><text variable="title"/></layout></citation>';
const BIBLIOGRAPHY_SORT = /(<bibliography\b[\s\S]*?)<sort>[\s\S]*?<\/sort>/;

export function standaloneStyle(xml: string): string {
  if (!CITATION.test(xml)) throw new Error('CSL style has no <citation> element');
  return xml.replace(CITATION, MINIMAL_CITATION).replace(BIBLIOGRAPHY_SORT, '$1');
}
