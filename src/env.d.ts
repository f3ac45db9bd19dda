/** Constants the build defines (astro.config.mjs, `vite.define`). */
interface ImportMetaEnv {
  /** Path of src/lib/graph-layout-worker.ts, for the layout's worker thread. */
  readonly FOLIO_LAYOUT_WORKER?: string;
}
