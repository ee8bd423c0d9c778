/**
 * The people and places of the story, as regex sources, in the spellings outlets use.
 * Kept as sources (not RegExp objects) so rules can compose them into larger patterns.
 */

const AL = String.raw`(?:[Aa]l[- ]|[Ee]l-|[Aa]sh-)?`;

/** Ahmed al-Sharaa: al-Sharaa, Sharaa, al-Shara, al-Shar'a, Ahmad/Ahmed al-Sharaa, Abu Mohammed al-Jolani/al-Julani/al-Jawlani. */
export const SHARAA_NAME = String.raw`(?:(?:Ahm[ae]d\s+)?${AL}Shar(?:'|’)?aa?|(?:Abu\s+Moh?amm[ae]d\s+)?${AL}J(?:o|u|aw)lani)\b`;

/** Descriptions that stand for him in news copy. */
export const SHARAA_TITLE = String.raw`(?:\bthe\s+(?:(?:Syrian|interim|new|transitional)\s+)+(?:president|leader|head of state)|\bSyria(?:'s|’s)\s+(?:(?:interim|new|transitional)\s+)*(?:president|leader|head of state)|\bSyrian\s+(?:interim\s+)?President)\b`;

/** Any reference to al-Sharaa, name or title. */
export const SHARAA = String.raw`(?:${SHARAA_NAME}|${SHARAA_TITLE})`;

/** Foreign Minister Asaad/As'ad Hassan al-Shaibani (al-Shibani, al-Shaybani). */
export const SHAIBANI = String.raw`(?:(?:As(?:'|’)?aa?d\s+(?:Hass?an\s+)?)?${AL}Sh(?:ai|ay|i|ey)bani)\b`;

/** Ahmed al-Dalati, Syria's security liaison. */
export const DALATI = String.raw`(?:(?:Ahm[ae]d\s+)?${AL}Dalati)\b`;

/** Israeli figures named in connection with the Syrian track. */
export const NETANYAHU = String.raw`(?:(?:Benjamin\s+|Binyamin\s+)?Netanyahu)\b`;
export const DERMER = String.raw`(?:(?:Ron\s+)?Dermer)\b`;

/** Other people whose meetings with al-Sharaa are look-alikes, not the Baku meeting. */
export const OTHER_PEOPLE = String.raw`\b(?:Hanegbi|Aliyev|Erdo[gğ]an|Macron|Trump|Barrack|Putin|Witkoff|Rubio|bin Salman|MBS|Shaibani|Dalati|Dermer|Netanyahu|Saar|Sa'ar)\b`;

/** Compiles a source into a case-insensitive global RegExp. */
export const re = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);

/** First match of `source` in `text`, or null. */
export function find(text: string, source: string): RegExpExecArray | null {
  return re(source, 'i').exec(text);
}

/** All matches of `source` in `text`. */
export function findAll(text: string, source: string): RegExpExecArray[] {
  return [...text.matchAll(re(source))];
}
