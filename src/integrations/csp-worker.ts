// A worker thread of the CSP pass (csp-per-page.ts): trims the policy of the pages it is given.
import { workerData } from 'node:worker_threads';
import { trimCspOfFiles } from './csp-per-page.ts';

trimCspOfFiles(workerData as string[]);
