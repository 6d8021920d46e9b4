/** The languages the interface speaks: Chinese on Chinese views, English elsewhere. */
export type UiLanguage = 'en' | 'zh-Hans';

const strings = {
	en: {
		siteName: "People's Daily, 1955: a parallel-text edition",
		skipToText: 'Skip to the text',
		articles: 'Articles',
		views: 'Reading view',
		parallel: 'Chinese and English',
		chineseOnly: '中文 (Chinese only)',
		englishOnly: 'English only',
		publication: 'Publication',
		date: 'Date',
		page: 'Page',
		pageValue: (page: number) => `page ${page}`,
		column: 'Column (专栏)',
		noneGiven: 'none given',
		unknown: 'unknown',
		author: 'Author',
		translator: 'Translator',
		originalText: 'Chinese original',
		translationText: 'English translation',
		footer: 'Original: People’s Daily (人民日报). The translation is given as received, uncorrected.',
		search: 'Search',
		searchLabel: 'Search in Chinese, English or pinyin',
		searchPlaceholder: '手工业 · handicraft · shougongye',
		searchTitle: 'Search the edition',
		searchHelp: 'Search the Chinese original and the English translation together: Chinese words (simplified or traditional), English words, or pinyin without tones. Each result opens its paragraph.',
		searchNeedsScript: 'Search needs JavaScript, which is off in this browser. Every article can still be read without it:',
		searchLoading: 'Loading the search index…',
		searchFailed: 'Search could not be loaded. Reload the page to try again.',
		searchFound: (count: number) => (count === 1 ? '1 paragraph found.' : `${count} paragraphs found.`),
		searchNone: (query: string) => `No paragraph matches “${query}”.`,
		paragraphShort: (n: number) => `¶${n}`,
		matchedPinyin: 'matched in pinyin',
		searchMore: 'Show more results',
		anchorsLink: 'Citable paragraph anchors',
		cite: 'Cite',
		citeArticle: 'Cite this article · downloads',
	},
	'zh-Hans': {
		siteName: '人民日报（1955年）中英对照版',
		skipToText: '跳到正文',
		articles: '文章',
		views: '阅读方式',
		parallel: '中英对照',
		chineseOnly: '中文',
		englishOnly: 'English（英文译文）',
		publication: '报刊',
		date: '日期',
		page: '版次',
		pageValue: (page: number) => `第${page}版`,
		column: '专栏',
		noneGiven: '无',
		unknown: '不详',
		author: '作者',
		translator: '译者',
		originalText: '中文原文',
		translationText: '英文译文',
		footer: '原文出自《人民日报》。英文译文照录，未作改动。',
		search: '搜索',
		searchLabel: '搜索本版（中文、英文或拼音）',
		searchPlaceholder: '手工业、合作社、shougongye…',
		searchTitle: '搜索',
		searchHelp: '同时搜索中文原文和英文译文：可输入简体或繁体中文、英文，或不带声调的拼音。每条结果链接到所在段落。',
		searchNeedsScript: '搜索需要启用 JavaScript。不启用也可以阅读全部文章：',
		searchLoading: '正在加载搜索索引……',
		searchFailed: '搜索无法加载，请刷新页面重试。',
		searchFound: (count: number) => `找到${count}个段落。`,
		searchNone: (query: string) => `没有与“${query}”匹配的段落。`,
		paragraphShort: (n: number) => `第${n}段`,
		matchedPinyin: '拼音匹配',
		searchMore: '显示更多结果',
		anchorsLink: '可引用的段落锚点（英文页面）',
		cite: '引用',
		citeArticle: '引用本文 · 下载（英文页面）',
	},
} as const;

/** Root-relative path of the search page in a language. */
export function searchPath(lang: UiLanguage): string {
	return lang === 'zh-Hans' ? '/search/zh/' : '/search/';
}

/** The interface strings for a language. */
export function ui(lang: UiLanguage) {
	return strings[lang];
}
