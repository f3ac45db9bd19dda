/** Constants the build defines (astro.config.mjs, `vite.define`). */
interface ImportMetaEnv {
  /** Path of src/lib/graph-layout.ts, which the layout's thread loads. */
  readonly FOLIO_GRAPH_LAYOUT?: string;
  /** Path of src/shared/worker-entry.ts, which every worker runs. */
  readonly FOLIO_WORKER_ENTRY?: string;
}
