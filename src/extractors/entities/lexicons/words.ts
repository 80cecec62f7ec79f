/**
 * Small closed word lists for name-span finding, from English grammar.
 */

/**
 * Capitalised words that never begin or make up a name by themselves: function words
 * (capitalised at a sentence start), pronouns, months and weekdays (dates, not
 * entities), and interjections.
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'no', 'both', 'either',
  'neither', 'many', 'much', 'more', 'most', 'few', 'several', 'other', 'another', 'such', 'what', 'which', 'who',
  'whom', 'whose', 'when', 'where', 'why', 'how', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us_pronoun',
  'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for',
  'if', 'then', 'than', 'because', 'although', 'though', 'while', 'as', 'since', 'unless', 'until', 'after',
  'before', 'in', 'on', 'at', 'by', 'with', 'without', 'from', 'to', 'of', 'into', 'onto', 'over', 'under',
  'about', 'above', 'below', 'between', 'among', 'through', 'during', 'despite', 'against', 'toward', 'towards',
  'upon', 'within', 'across', 'behind', 'beyond', 'near', 'like', 'unlike', 'per', 'via', 'also', 'still', 'even',
  'just', 'only', 'not', 'now', 'here', 'there', 'today', 'tomorrow', 'yesterday', 'tonight', 'meanwhile',
  'however', 'instead', 'indeed', 'perhaps', 'already', 'again', 'never', 'always', 'often', 'later', 'earlier',
  'thus', 'therefore', 'moreover', 'furthermore', 'nevertheless', 'yes', 'oh', 'well', 'please', 'thanks', 'mr',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
]);

/** Lower-case particles inside personal and place names ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'dos', 'das', 'do', 'y', 'ter', 'ten',
]);

/** Last words of place names ("Gaza City", "Gaza Strip", "Red Sea", "Heathrow Airport"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'city', 'strip', 'island', 'islands', 'isles', 'river', 'sea', 'ocean', 'mountains', 'mountain', 'valley', 'province',
  'county', 'region', 'district', 'street', 'st', 'st.', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'square', 'airport',
  'stadium', 'park', 'bridge', 'gulf', 'lake', 'bay', 'coast', 'peninsula', 'heights', 'hills', 'desert', 'canal',
  'port', 'harbour', 'harbor', 'village', 'camp', 'crossing', 'plain', 'plains', 'basin', 'delta', 'strait',
  'straits', 'channel', 'arena', 'ground', 'oval', 'circuit', 'highway', 'territory', 'territories', 'prefecture',
  'oblast', 'governorate', 'shire', 'beach', 'falls', 'creek', 'canyon', 'forest', 'palace', 'castle', 'tower',
  // streets and venues named as streets ("Memorial Drive", "Drury Lane", "Circular Quay")
  'drive', 'lane', 'quay',
  // launch sites ("Baikonur Cosmodrome", "Guiana Spaceport"; "Space Center" in type-names)
  'cosmodrome', 'spaceport',
]);

/** First words of place names ("Mount Everest", "Lake Victoria", "Fort Worth"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['mount', 'mt', 'mt.', 'lake', 'cape', 'fort', 'gulf', 'isle', 'port', 'san', 'santa', 'st', 'st.', 'saint', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater']);

/** Prepositions after which a name is more likely a place ("in Gaza", "from Rafah"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'near', 'into', 'across', 'toward', 'towards', 'outside', 'inside', 'around', 'throughout', 'via', 'to', 'through', 'within', 'visit', 'visited', 'visiting',
]);

/** Verbs of speech after a name: people and organizations speak, places mostly do not. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'announced', 'announces', 'warned', 'warns', 'stated',
  'states', 'argued', 'argues', 'claimed', 'claims', 'explained', 'insisted', 'noted', 'replied', 'asked', 'wrote',
  'believes', 'believed', 'thinks', 'thought', 'urged', 'denied', 'confirmed', 'reported',
]);

/** Nouns after a possessive that say the name before is a country or city ("Israel's government"). */
export const PLACE_POSSESSED: ReadonlySet<string> = new Set([
  'government', 'capital', 'border', 'borders', 'economy', 'army', 'military', 'president', 'prime', 'foreign',
  'population', 'territory', 'citizens', 'people', 'largest', 'second-largest', 'biggest', 'embassy', 'ambassador',
  'parliament', 'currency', 'central', 'national', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
]);

/** Last words of event names, which are not entities ("World Cup", "U.S. Open", "Tour de France"). */
export const EVENT_SUFFIXES: ReadonlySet<string> = new Set([
  'cup', 'open', 'championship', 'championships', 'games', 'olympics', 'tour', 'prix', 'series', 'trophy',
  'festival', 'award', 'awards', 'prize', 'classic', 'masters', 'marathon', 'war', 'summit', 'conference',
  'expo', 'fair', 'week', 'day', 'rally', 'grand slam', 'invitational', 'challenge', 'tournament',
]);

/** Words that make a text a sports report, where place names often stand for teams. */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'soccer', 'football', 'baseball', 'basketball', 'cricket', 'tennis', 'rugby', 'hockey', 'golf', 'league',
  'innings', 'wicket', 'wickets', 'goal', 'goals', 'scored', 'halftime', 'half-time', 'playoff', 'playoffs',
  'standings', 'division', 'season', 'match', 'matches', 'striker', 'midfielder', 'goalkeeper', 'coach',
  'inning', 'homer', 'pitcher', 'touchdown', 'quarterback', 'championship', 'tournament', 'seed', 'semifinal',
  'final', 'fixtures', 'draw', 'drew', 'beat', 'defeated', 'points', 'victory', 'club', 'team',
  // cycling, motor racing, athletics and results tables
  'cycling', 'rider', 'riders', 'race', 'stage', 'sprint', 'lap', 'laps', 'athletics', 'medal', 'racing',
  'standings', 'pct', 'halftime', 'qualifier', 'champions', 'player', 'players', 'games',
]);

/** Sports words that business and political copy uses as well ("the race", "fell 30 points"). */
export const SHARED_SPORTS_WORDS: ReadonlySet<string> = new Set([
  'points', 'race', 'season', 'beat', 'final', 'draw', 'drew', 'stage', 'division', 'victory', 'club', 'team',
  'champions', 'player', 'players', 'games', 'league', 'defeated', 'standings', 'scored', 'sprint', 'racing',
]);

/** Verbs and words next to a team name in results ("Essex beat Kent", "Chicago 5 Boston 3"). */
export const RESULT_WORDS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'won', 'win', 'wins', 'defeated', 'defeat',
  'edged', 'routed', 'tied', 'rallied', 'scored', 'hosts', 'hosted', 'host', 'v', 'vs', 'vs.', 'against', 'at',
  'trailed', 'trail', 'lead', 'led', 'leads', 'thrashed', 'crushed', 'overcame', 'held', 'visit', 'visits',
]);

/**
 * Words of posting on a social platform; within a few words before "on", they make a
 * lone capital letter after it the platform ("wrote on X", "in a post on X").
 */
export const POSTING_WORDS: ReadonlySet<string> = new Set([
  'post', 'posts', 'posted', 'posting', 'wrote', 'write', 'writes', 'writing', 'written', 'said', 'says', 'saying',
  'shared', 'share', 'shares', 'tweet', 'tweets', 'tweeted', 'account', 'accounts', 'message', 'messages', 'statement',
  'video', 'videos', 'page', 'profile', 'comment', 'comments', 'commented', 'reply', 'replied', 'announced',
  'followers', 'platform', 'published', 'thread', 'livestream', 'streamed', 'banned', 'suspended', 'social', 'media',
]);
