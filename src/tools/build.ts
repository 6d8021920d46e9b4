// npm run build: builds the edition into a fresh folder beside OUT_DIR and puts it in OUT_DIR's place
// only when the build succeeded, so a failed build keeps the last good site; a problem of the
// edition's sources or settings is printed as the edition's message, without Astro's stack trace.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { PREVIEW_DIR, settings } from '../lib/settings.ts';
import { buildFailure } from '../lib/build-failure.ts';
import { checkSiteUrl } from '../integrations/require-site-url.ts';

const root = new URL('../../', import.meta.url).pathname;
const { outDir: out, siteUrl } = settings();
const outDir = out.replace(/\/+$/, '');
const building = `${outDir}-building`;
const previous = `${outDir}-previous`;

rmSync(building, { recursive: true, force: true });
try {
	// Asked before Astro starts, so its message is the only one (the integration asks again for a build started otherwise).
	checkSiteUrl();
	// The inline setting takes the place of astro.config.mjs's outDir (OUT_DIR, settings.ts).
	await build({ root, outDir: resolve(building) });
} catch (error) {
	rmSync(building, { recursive: true, force: true });
	console.error(`\n${buildFailure(error, root)}`);
	if (existsSync(outDir)) console.error(`The build failed: ${outDir} still holds the last good build.`);
	process.exit(1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
// A site built for this machine is for looking at here (npm start builds it into its own folder).
if (siteUrl && /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(`${siteUrl}/`) && resolve(outDir) !== resolve(PREVIEW_DIR)) {
	console.warn(`[edition] ${outDir} was built for ${siteUrl}: look at it on this machine, never deploy it (a deploy build sets SITE_URL to the public address).`);
}
