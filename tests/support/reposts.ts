/**
 * Shared by the checks of the map's sources and of the explainers' sources.
 * Hosts that republish other publishers' reports (aggregators, syndication
 * portals, scraper mirrors) or copy Wikipedia: a source there must be the
 * original publisher's page, unless the record says why no original was found.
 */
const REPOSTS = [
  'pressreader.com', 'ankawa.com',
  'devdiscourse.com', 'fbcnews.com.fj', 'msn.com', 'yahoo.com', 'newsbreak.com', 'menafn.com', 'webjosh.com', 'hathalyoum.net',
  'friscotimes.org', 'exbulletin.com', 'yingdouwang.com', 'localnews.ai', 'africanmanager.com',
  'censor.net', 'babel.ua', 'kesq.com', 'aajeg.com', 'initialnews.com', 'world-arabia.com', 'levantis.me',
  'wikimili.com', 'wikizero.net', 'wikisum.wiki', 'wikiwand.com', 'wikivisually.com', 'qaz.wiki', 'fonk.bid', 'dbpedia.org',
];
export const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
export const isRepost = (url: string) => REPOSTS.some((d) => host(url) === d || host(url).endsWith(`.${d}`));
