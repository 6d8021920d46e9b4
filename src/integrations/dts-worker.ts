// A worker thread of the DTS step (dts-api.ts): writes the files of the Resources of the articles it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { articleFiles } from '../lib/dts/api.ts';
import { writeFiles, type DtsWork } from '../lib/dts/write.ts';

const { root, site, articles } = workerData as DtsWork;
parentPort!.postMessage(writeFiles(root, articles.values().flatMap((article) => articleFiles(article, site))));
