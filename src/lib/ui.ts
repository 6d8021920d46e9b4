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
		author: 'Author',
		translator: 'Translator',
		paragraphLink: (n: number) => `Link to paragraph ${n}`,
		originalText: 'Chinese original',
		translationText: 'English translation',
		footer: 'Text of the original: People’s Daily (人民日报). The translation is shown as received; its wording is not corrected.',
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
		author: '作者',
		translator: '译者',
		paragraphLink: (n: number) => `链接到第${n}段`,
		originalText: '中文原文',
		translationText: '英文译文',
		footer: '原文出自《人民日报》。英文译文照录，未作改动。',
	},
} as const;

/** The interface strings for a language. */
export function ui(lang: UiLanguage) {
	return strings[lang];
}
