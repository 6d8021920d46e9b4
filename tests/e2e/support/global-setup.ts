// Before any browser starts: the throwaway sites some specs read, unless `npm test` built them
// already (it builds them beside the type check, see tests/support/stages.ts).
import { buildTestSites } from '../../support/test-sites.ts';

export default buildTestSites;
