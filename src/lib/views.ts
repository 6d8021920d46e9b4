import type { Article } from './article.ts';
import { formatDate } from './dates.ts';
import type { UiLanguage } from './ui.ts';
import type { ArticleView } from './urls.ts';

/** The interface language of a view: Chinese for the Chinese view, English for the others. */
export function viewLanguage(view: ArticleView): UiLanguage {
	return view === 'zh' ? 'zh-Hans' : 'en';
}

/** The document title and description of an article view. */
export function viewTitle(article: Article, view: ArticleView): { title: string; description: string } {
	const { original, translation } = article;
	if (view === 'zh') {
		return {
			title: original.title,
			description: `${original.publication.zh}${formatDate(original.date, 'zh-Hans')}第${original.page}版：${original.title}`,
		};
	}
	const where = `${original.publication.en} (${original.publication.zh}), ${formatDate(original.date, 'en')}, page ${original.page}`;
	return view === 'en'
		? { title: translation.title, description: `English translation of “${original.title}”, ${where}.` }
		: { title: `${original.title} · ${translation.title}`, description: `Chinese original and English translation, paragraph by paragraph: ${where}.` };
}

/** What every component of an article view is given: the article, the view and its interface language. */
export interface ArticleViewProps {
	article: Article;
	view: ArticleView;
	lang: UiLanguage;
	/** The page shows pinyin above the Chinese (the reading aid's own URL). */
	pinyin?: boolean;
}
