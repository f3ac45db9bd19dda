/** Worker thread entry: lays out the graph it is given (see layoutGraphOffThread). */
import { parentPort, workerData } from 'node:worker_threads';
import { layoutGraph } from './graph-layout.ts';

parentPort!.postMessage(layoutGraph(workerData.graph, workerData.options));
