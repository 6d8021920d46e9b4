// Renders the installed app's PNG icons (public/icons/) from the edition's icon, public/favicon.svg,
// in Chromium's headless shell: 192 and 512 px as drawn, and a 512 px maskable one whose mark sits in
// the middle 60 % (inside the 80 % circle a launcher may keep) on the icon's red, edge to edge.
// Run once when the icon changes, and commit the PNGs: node src/tools/render-icons.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const publicDir = new URL('../../public/', import.meta.url).pathname;
const svg = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const red = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)![1]!;
const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// The maskable icon: the square's red, without its rounded corners, under the mark at 60 % of the size.
const maskable = (size: number) =>
	`<body style="margin:0;background:${red}"><img src="${image}" style="position:absolute;left:${size * 0.2}px;top:${size * 0.2}px;width:${size * 0.6}px;height:${size * 0.6}px"></body>`;
const plain = (size: number) => `<body style="margin:0;background:transparent"><img src="${image}" style="width:${size}px;height:${size}px;display:block"></body>`;

mkdirSync(`${publicDir}icons`, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
for (const [name, size, html] of [
	['icon-192.png', 192, plain(192)],
	['icon-512.png', 512, plain(512)],
	['icon-maskable-512.png', 512, maskable(512)],
] as const) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(html);
	await page.screenshot({ path: `${publicDir}icons/${name}`, omitBackground: true });
	await page.close();
}
await browser.close();
console.log(`Wrote ${publicDir}icons/`);
