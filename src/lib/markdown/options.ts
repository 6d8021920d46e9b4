// The Markdown processor's plugins for article sources, in order.
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { remarkArticleText } from './remark-article-text.ts';
import { remarkLiteralLinks } from './remark-literal-links.ts';
import { rehypeParagraphs } from './rehype-paragraphs.ts';

/**
 * The options of Astro's unified Markdown processor for the edition, shared by
 * `astro.config.mjs` and the unit tests so both run the same pipeline.
 */
export const markdownOptions = {
	// remark-gfm is listed explicitly, so the processor's built-in copy is switched off.
	gfm: false,
	// SmartyPants would turn the source's straight quotes into curly ones: the text is sacred.
	smartypants: false,
	remarkPlugins: [remarkGfm, remarkLiteralLinks, remarkArticleText],
	rehypePlugins: [rehypeSlug, rehypeParagraphs],
};
