// Whether letters typed could be toneless pinyin: only then does a search load the pinyin index.

/**
 * Every toneless syllable pinyin-pro writes for a CJK Unified Ideograph (U+4E00–U+9FFF), in any of
 * its readings, ü as pinyin-pro writes it (a unit test derives the list again from pinyin-pro).
 */
export const PINYIN_SYLLABLES: readonly string[] = (
	'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang ' +
	'cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan ' +
	'chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia ' +
	'dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo ' +
	'fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai ' +
	'han hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang ' +
	'jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua ' +
	'kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling ' +
	'liu lo long lou lu luan lun luo lü lüe m ma mai man mang mao me mei men meng mi mian miao mie ' +
	'min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning ' +
	'niu nong nou nu nuan nuo nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping ' +
	'po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ' +
	'ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she ' +
	'shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun ' +
	'suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai ' +
	'wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan ' +
	'yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai ' +
	'zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi ' +
	'zong zou zu zuan zui zun zuo'
).split(' ');

/** The syllables as a reader may type them: ü also as v and as u (lü: lv, lu). */
const TYPED = new Set(PINYIN_SYLLABLES.flatMap((s) => (s.includes('ü') ? [s.replace('ü', 'v'), s.replace('ü', 'u')] : [s])));
/** Every beginning of a syllable (z, zh, zhu, zhua…): the last syllable of a query may be unfinished. */
const BEGINNINGS = new Set([...TYPED].flatMap((s) => [...s].map((_, i) => s.slice(0, i + 1))));
const LONGEST = Math.max(...[...TYPED].map((s) => s.length));

/**
 * Whether lower-case letters (spaces and apostrophes removed) divide into pinyin syllables, the last
 * perhaps unfinished, as the pinyin index matches a word by its beginning: zhude, shougongy and xian
 * could be pinyin; handicraft and cooperative could not.
 */
export function couldBePinyin(letters: string): boolean {
	if (!/^[a-z]+$/.test(letters)) return false;
	// reachable[i]: the first i letters divide into whole syllables.
	const reachable = [true, ...Array<boolean>(letters.length).fill(false)];
	for (let i = 0; i < letters.length; i++) {
		if (!reachable[i]) continue;
		if (BEGINNINGS.has(letters.slice(i))) return true;
		for (let end = i + 1; end <= Math.min(letters.length, i + LONGEST); end++) if (TYPED.has(letters.slice(i, end))) reachable[end] = true;
	}
	return reachable[letters.length]!;
}
