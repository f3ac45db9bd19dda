/**
 * Anchor ids that the Markdown plugins put on a paper's page and the client
 * scripts read back (search places), defined once for both.
 */

/** The notice of a gap in the printed pages, `::missing-pages{from=44 to=51}`: `#missing-44`. */
export const missingPagesId = (from: number): string => `missing-${from}`;
export const MISSING_PAGES_ID = /^missing-\d+$/;

/** The number of a block's anchor, which links name it by ("¶ 12") and its ¶ link shows: "b12" -> "12". */
export const blockNumber = (block: string): string => block.replace(/^b/, '');

/** A cited work's entry in a paper's reference list (printed or at the paper's end), where its citations lead: `#work-calatayud-2025`. */
export const workAnchor = (key: string): string => `work-${key}`;
