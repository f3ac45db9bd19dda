// citation-js ships no type declarations: the part of its API Folio uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  /** A citeproc-js engine, as @citation-js/plugin-csl prepares (and caches) it per style. */
  export interface CslEngine {
    updateItems(ids: string[]): string[];
    makeBibliography(): [unknown, string[]];
  }
  export const plugins: {
    config: {
      get(name: string): {
        styles: { add(name: string, xml: string): void; get(name: string): string };
        engine(data: object[], style: string, lang: string, format: string): CslEngine;
      };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
