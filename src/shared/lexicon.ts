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
  | 'familyFirstSurname'
  /** A site's widgets: counters, buttons, badges, notices ("Views", "Download PDF", "7 min read"). */
  | 'widget'
  /** Labels of an article's header block ("Received", "Keywords", "How to cite", "УДК"). */
  | 'frontLabel'
  /** The heading or label of an abstract ("Abstract", "Аннотация", "Öz", "摘要"). */
  | 'abstract';

const split = (text: string, by = ' ') => text.split(by).filter(Boolean);

export const LEXICON: Record<string, Partial<Record<WordList, readonly string[]>>> = {
  en: {
    abstract: split('Abstract Summary'),
    widget: split('views|downloads|download pdf|download|share|tweet|cite this article|cite this|export citation|metrics|citations|altmetric|cookies|cookie|accept all|subscribe|newsletter|sign up|min read|minute read|read more|comments|print|email|pdf|full text|abstract views|show more|was this document helpful|rate this|report|save|bookmark|get access|rights and permissions|open access|peer reviewed|loading|mathjax|rendering|like', '|'),
    frontLabel: split('received|accepted|published|revised|available online|keywords|key words|jel|jel classification|how to cite|cite as|citation|corresponding author|correspondence|doi|issn|e-issn|article history|article info|research article|original article|review article|copyright|license|licence|to cite this article|submitted|funding|article type', '|'),
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
  ru: {
    abstract: split('Аннотация Резюме'),
    navigation: split('главная|меню|поиск|войти|регистрация|назад|далее|наверх|подписаться|поделиться|читать также|похожие статьи|новости|контакты', '|'),
    widget: split('просмотров|просмотра|просмотры|скачать|скачиваний|загрузок|поделиться|цитировать|комментарии|читать|pdf|в избранное|текст научной работы', '|'),
    frontLabel: split('удк|ббк|ключевые слова|аннотация|для цитирования|поступила в редакцию|принята к печати|дата поступления|doi|issn|статья поступила|сведения об авторах|информация об авторах|финансирование|научная статья|оригинальная статья', '|'),
    authorLabel: split('Автор|Авторы', '|'),
    institution: split('Университет университет Институт институт Академия академия'),
    section: split('Введение Заключение Литература Выводы Результаты Обсуждение Методы Аннотация'),
  },
  uk: {
    frontLabel: split('удк|ключові слова|анотація|для цитування|надійшла до редакції', '|'),
    section: split('Вступ Висновки Література'),
  },
  uz: {
    abstract: split('Annotatsiya Аннотация Annotation'),
    frontLabel: split('kalit so‘zlar|kalit soʻzlar|kalit so\'zlar|annotatsiya|ключевые слова|калит сўзлар|аннотация', '|'),
    section: split('Kirish Xulosa Adabiyotlar Кириш Хулоса Адабиётлар'),
  },
  kk: {
    frontLabel: split('түйін сөздер|аңдатпа|әож', '|'),
    section: split('Кіріспе Қорытынды Әдебиеттер'),
  },
  tr: {
    abstract: split('Öz Özet'),
    widget: split('görüntülenme|indirme|indir|paylaş|atıf', '|'),
    frontLabel: split('anahtar kelimeler|anahtar sözcükler|öz|geliş tarihi|kabul tarihi|yayın tarihi|atıf|atıf için|makale türü|araştırma makalesi|jel kodları|sorumlu yazar', '|'),
    institution: split('Üniversitesi Universitesi Fakültesi'),
    section: split('Giriş Sonuç Kaynakça Yöntem Bulgular Tartışma Öz'),
  },
  az: {
    frontLabel: split('açar sözlər|xülasə|jel', '|'),
    section: split('Giriş Nəticə Ədəbiyyat'),
  },
  de: {
    abstract: split('Zusammenfassung Kurzfassung'),
    navigation: split('startseite|suche|anmelden|zurück|weiter|nach oben|mehr', '|'),
    widget: split('teilen|drucken|herunterladen|zitieren|merkliste|lesezeit|kommentare', '|'),
    frontLabel: split('schlüsselwörter|schlagwörter|eingereicht|angenommen|zitiervorschlag|jel', '|'),
    authorLabel: split('Von', '|'),
    institution: split('Universität Hochschule Institut'),
    section: split('Einleitung Einführung Fazit Literatur Literaturverzeichnis Schluss Ergebnisse Methode Zusammenfassung'),
  },
  fr: {
    abstract: split('Résumé'),
    navigation: split('accueil|recherche|connexion|menu|précédent|suivant|haut de page|plan', '|'),
    widget: split('partager|imprimer|télécharger|citer|vues|consultations|lire aussi|résumé', '|'),
    frontLabel: split('mots-clés|mots clés|reçu le|accepté le|pour citer cet article|référence électronique|référence papier|jel|codes jel', '|'),
    authorLabel: split('Par', '|'),
    institution: split('Université Universite Institut École'),
    section: split('Introduction Conclusion Bibliographie Références Résumé Méthodologie Résultats'),
  },
  es: {
    abstract: split('Resumen'),
    navigation: split('inicio|buscar|menú|anterior|siguiente|volver arriba', '|'),
    widget: split('compartir|imprimir|descargar|citar|visitas|descargas|lecturas', '|'),
    frontLabel: split('palabras clave|palabras-clave|recibido|aceptado|publicado|cómo citar|como citar|códigos jel|clasificación jel|resumen|artículo de investigación', '|'),
    authorLabel: split('Por', '|'),
    institution: split('Universidad Instituto Facultad'),
    section: split('Introducción Conclusiones Conclusión Referencias Bibliografía Metodología Resultados Discusión Resumen'),
  },
  pt: {
    abstract: split('Resumo'),
    navigation: split('início|buscar|pesquisar|menu|anterior|próximo|voltar', '|'),
    widget: split('compartilhar|imprimir|baixar|citar|visualizações|downloads|acessos', '|'),
    frontLabel: split('palavras-chave|palavras chave|recebido|aceito|aprovado|publicado|como citar|resumo|artigo original', '|'),
    institution: split('Universidade Instituto Faculdade'),
    section: split('Introdução Conclusão Considerações finais Referências Metodologia Resultados Discussão Resumo'),
  },
  id: {
    abstract: split('Abstrak'),
    navigation: split('beranda|cari|menu|sebelumnya|selanjutnya|baca juga', '|'),
    widget: split('bagikan|unduh|dilihat|kutip|baca juga', '|'),
    frontLabel: split('kata kunci|diterima|disetujui|diterbitkan|cara mengutip|abstrak', '|'),
    authorLabel: split('Oleh', '|'),
    institution: split('Universitas Institut Fakultas'),
    section: split('Pendahuluan Kesimpulan Simpulan Metode Hasil Pembahasan'),
  },
  ja: {
    abstract: split('要旨 抄録'),
    frontLabel: split('キーワード|受付日|受理日|要旨|抄録', '|'),
    section: split('はじめに 序論 結論 おわりに 参考文献 考察'),
  },
  zh: {
    abstract: split('摘要 摘 要'),
    navigation: split('weibo wechat 首页 登录 注册 搜索 返回 上一篇 下一篇 更多 分享 收藏'),
    widget: split('阅读 点赞 在看 分享 收藏 下载 浏览 评论 关注 阅读原文 阅读量'),
    frontLabel: split('关键词 關鍵詞 關鍵字 摘要 中图分类号 文献标识码 文章编号 收稿日期 基金项目 作者简介 引用格式 DOI'),
    section: split('引言 结论 結論 参考文献 參考文獻 前言 研究方法 结语 結語'),
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
