import { citeFileRoute } from '../../lib/cite-files.ts';
import { allPapers } from '../../lib/collection.ts';

export const { getStaticPaths, GET } = citeFileRoute('ris', allPapers);
