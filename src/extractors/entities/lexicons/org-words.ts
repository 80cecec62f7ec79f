/**
 * Organization evidence from general knowledge: the head words and suffixes that end
 * or open an organization's name, and a short list of well-known organizations whose
 * names carry no such word (acronyms, armed and political groups, news agencies).
 * compromise's lexicon supplies several hundred more (companies, teams, bodies).
 */

/** A name ending in one of these is an organization ("Hamas Political Bureau", "Apple Inc"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  // government and politics
  'department', 'ministry', 'council', 'authority', 'authorities', 'agency', 'bureau', 'commission', 'committee',
  'office', 'administration', 'assembly', 'parliament', 'senate', 'congress', 'cabinet', 'government', 'court',
  'tribunal', 'board', 'service', 'services', 'directorate', 'secretariat', 'party', 'front', 'movement',
  'alliance', 'coalition', 'league', 'union', 'federation', 'confederation', 'organization', 'organisation',
  'forces', 'force', 'army', 'navy', 'guard', 'guards', 'brigade', 'brigades', 'police', 'corps', 'command',
  'institute', 'institution', 'foundation', 'fund', 'trust', 'society', 'association', 'academy', 'university',
  'college', 'school', 'hospital', 'church', 'centre', 'center', 'fed', 'reserve', 'exchange', 'bourse', 'unit',
  // business
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'nv', 'bv',
  'gmbh', 'spa', 's.a.', 'n.v.', 'group', 'holdings', 'holding', 'company', 'companies', 'bank', 'bancorp',
  'partners', 'industries', 'international', 'airlines', 'airways', 'motors', 'systems', 'technologies',
  'communications', 'telecom', 'energy', 'oil', 'petroleum', 'pharmaceuticals', 'securities', 'capital',
  'investments', 'insurance', 'entertainment', 'studios', 'records', 'network', 'networks',
  // media
  'times', 'post', 'journal', 'news', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'observer',
  'daily', 'magazine', 'press', 'radio', 'television', 'tv', 'broadcasting', 'newspaper', 'review', 'wire',
  'newsroom', 'newsdesk', 'desk',
  // sport
  'club', 'fc', 'united', 'rovers', 'wanderers', 'athletic', 'olympic', 'olympique',
]);

/**
 * An industry's name closing a firm's ("Dow Chemical", "Johnson Controls", "Hindustan
 * Copper"). Kept apart from ORG_SUFFIXES: several are family names too, so after a given
 * name they close a person's name ("Tom Steel", "Ann Copper").
 */
export const INDUSTRY_WORDS: ReadonlySet<string> = new Set([
  'chemical', 'chemicals', 'petrochemical', 'petrochemicals', 'pharmaceutical', 'medical', 'steel', 'motor',
  'electric', 'electronics', 'foods', 'mining', 'mines', 'copper', 'cables', 'controls', 'software',
  'semiconductor', 'semiconductors', 'financial', 'bancshares', 'resources', 'enterprises', 'breweries',
  'brewery', 'shipping', 'textiles', 'cement', 'refining', 'utilities', 'realty', 'properties', 'laboratories',
  'instruments', 'aerospace', 'tobacco',
  // young industries' names ("Northfield Diagnostics", "Acme Therapeutics", "Vela Robotics")
  'diagnostics', 'therapeutics', 'biosciences', 'biotech', 'logistics', 'robotics', 'analytics',
]);

/**
 * Legal forms that close a company's name ("Apple Inc", "Gold Fields of South Africa
 * Ltd"): nothing after them belongs to the name ("Kia Motor Corp of South Korea").
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'nv', 'bv',
  'gmbh', 'spa', 's.a.', 'n.v.', 'bhd', 'pty', 'lp', 'llp',
]);

/** Head words of a body's name that are no legal form: "Reserve Bank", "Trade Association", not "Corp". */
export const BODY_HEADS: ReadonlySet<string> = new Set([...ORG_SUFFIXES].filter((w) => !LEGAL_FORMS.has(w)));

/**
 * Words that open an organization's name before its other words ("Air France", "Radio
 * Free Europe", "Banco Santander", "Dynamo Kiev", "PT Timor Putra Nasional"): airlines,
 * broadcasters, banks and company forms in other languages, clubs' prefixes.
 */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  'air', 'radio', 'banco', 'banca', 'banque', 'grupo', 'groupe', 'compagnie', 'societe', 'société', 'pt', 'cv',
  // Parties and movements named in their own language ("Movimiento al Socialismo",
  // "Partido Popular", "Parti Socialiste", "Frente Amplio", "Movimento 5 Stelle").
  'movimiento', 'movimento', 'mouvement', 'partido', 'partito', 'parti', 'partei', 'frente', 'fronte', 'alianza',
  'alleanza', 'rassemblement', 'bloque', 'bloco', 'coalición', 'unidad', 'fuerza', 'unión', 'ministerio', 'instituto',
  // National statistics offices ("Statistics Canada", "Statistics Netherlands").
  'statistics',
  'dynamo', 'dinamo', 'sporting', 'atletico', 'atlético', 'deportivo', 'olympique', 'fc', 'ac', 'sc', 'cf',
  'cd', 'rc', 'ud', 'sv', 'vfb', 'vfl', 'tsv', 'fk', 'nk', 'hnk', 'ofk', 'csk', 'cska', 'spartak', 'lokomotiv',
]);

/** Words that open an organization's name before "of" ("Bank of England", "Ministry of Defence"). */
export const ORG_HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  'bank', 'ministry', 'department', 'university', 'council', 'office', 'court', 'house', 'chamber', 'church',
  'league', 'organization', 'organisation', 'association', 'federation', 'union', 'institute', 'academy',
  'commission', 'committee', 'board', 'bureau', 'college', 'party', 'order', 'society', 'friends', 'people',
  // Electoral and judicial bodies translated word for word ("National Jury of Elections").
  'jury', 'tribunal', 'school',
]);

/**
 * Well-known organizations whose names carry no org word: international bodies,
 * armed and political groups, news agencies, government seats used for the office.
 * Lower case; general knowledge, not mined from any evaluation data.
 */
export const KNOWN_ORGS: readonly string[] = [
  'un', 'u.n.', 'united nations', 'unesco', 'unicef', 'unrwa', 'unhcr', 'who', 'wto', 'imf', 'nato', 'eu', 'e.u.',
  'european union', 'opec', 'oecd', 'asean', 'g7', 'g20', 'icc', 'icj', 'iaea', 'interpol', 'fifa', 'uefa', 'ioc',
  'security council', 'general assembly', 'human rights council', 'red cross', 'red crescent', 'amnesty international', 'human rights watch', 'world bank', 'european commission',
  'hamas', 'hezbollah', 'fatah', 'taliban', 'al qaeda', 'al-qaeda', 'isis', 'isil', 'islamic state', 'houthis',
  'plo', 'ira', 'eta', 'farc', 'kgb', 'fbi', 'cia', 'nsa', 'dhs', 'sec', 'fda', 'epa', 'nasa', 'pentagon',
  'white house', 'kremlin', 'downing street', 'no 10', 'elysee', 'knesset', 'bundestag', 'duma', 'congress',
  'senate', 'house of representatives', 'house of commons', 'house of lords', 'supreme court', 'federal reserve',
  'state department', 'treasury', 'fed', 'idf', 'mossad', 'shin bet', 'likud', 'labour', 'conservatives', 'tories',
  'democrats', 'republicans', 'gop', 'reuters', 'ap', 'afp', 'associated press', 'bloomberg', 'cnn', 'bbc', 'nbc',
  'abc', 'cbs', 'fox news', 'msnbc', 'npr', 'axios', 'politico', 'al jazeera', 'al arabiya', 'xinhua', 'tass',
  'interfax', 'itar-tass', 'kyodo', 'yonhap', 'dpa', 'ansa', 'efe', 'anp', 'ctk', 'pap', 'mti', 'bta', 'petra',
  'mena', 'irna', 'google', 'apple', 'microsoft', 'amazon', 'facebook', 'meta', 'twitter', 'telegram', 'tiktok',
  'youtube', 'instagram', 'whatsapp', 'airbus', 'globe and mail', 'parliament', 'nasdaq', 'nyse', 'dow jones', 'moody\'s', 'standard & poor\'s', 'fitch',
];
