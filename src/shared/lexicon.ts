/**
 * The word lists Folio reads pages with, in one place and by language: which
 * words are minor in a title, name a paper's sections, are a site's
 * navigation, introduce an author, are never a name. A stage asks for the
 * words it needs (`words('navigation')`) and gets them for every language
 * here; adding a language is adding its lists, not editing a stage.
 */

export type WordList =
  /** Words that stay lower case inside a title ("of", "the"). */
  | 'minor'
  /** One-word section headings ("Introduction", "References"). */
  | 'section'
  /** A web page's navigation and sharing links, whole lines ("Home", "Read more"). */
  | 'navigation'
  /** Capitalised words that open a phrase but never name an author ("The", "Table", month names). */
  | 'notAName'
  /** Verbs that put an author after "by" in running text ("first articulated by …"). */
  | 'byAuthor'
  /** Words that make a viewer line's name an institution, the publisher ("University", "Press"). */
  | 'institution'
  /** Labels of a web page's author line ("Author:", "By", "作者"). */
  | 'authorLabel'
  /** Labels of a web page's date line ("Published", "日期"). */
  | 'dateLabel'
  /** Footer marks ("©", "All rights reserved"). */
  | 'footer'
  /** Family names printed before the given name (pinyin). */
  | 'familyFirstSurname';

const split = (text: string, by = ' ') => text.split(by).filter(Boolean);

export const LEXICON: Record<string, Partial<Record<WordList, readonly string[]>>> = {
  en: {
    minor: split('a an and as at but by for from in into nor of on onto or over per the to up via vs with within its their under versus'),
    section: split('Abstract Introduction Background Literature Data Method Methods Methodology Results Findings Discussion Conclusion Conclusions Summary Acknowledgements Acknowledgments References Bibliography Appendix Notes'),
    navigation: split('home|menu|search|login|log in|sign in|sign up|subscribe|share|print|email|next|previous|back to top|related|related articles|tags|comments|facebook|twitter|linkedin|skip to content|more|read more|top', '|'),
    notAName: split(
      'The A An In On At By For From To Of This That These Those Since During After Before Until See Cf Table Figure Fig Section Chapter Vol No Eq Appendix ' +
        'January February March April May June July August September October November December Spring Summer Autumn Winter Between Around About Also And Or But As If When While',
    ),
    byAuthor: split('articulated|proposed|introduced|developed|coined|defined|described|argued|shown|found|noted|suggested|formulated|advanced|observed|put forward|first used', '|'),
    institution: split('University Institute Press Academy Society Association College'),
    authorLabel: split('Author|Authors|Written by|By', '|'),
    dateLabel: split('Published Posted Updated Date'),
    footer: split('©|copyright|all rights reserved', '|'),
  },
  zh: {
    navigation: split('weibo wechat'),
    authorLabel: split('作者 撰文 文'),
    dateLabel: split('发布时间 日期'),
    footer: split('版权所有'),
    familyFirstSurname: split(
      'li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao ' +
        'jin fu zhong lei kong bai mao qiu qin gu hou shao meng long wan duan qian tang yin fan yi chang kuang xiong hao xue yan gong qi',
    ),
  },
};

/** Every language's words of one list. */
export function words(list: WordList): string[] {
  return Object.values(LEXICON).flatMap((lists) => lists[list] ?? []);
}

/** A regular-expression alternation of a list's words, longest first, with regex characters escaped. */
export function alternation(list: WordList): string {
  return [...new Set(words(list))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
