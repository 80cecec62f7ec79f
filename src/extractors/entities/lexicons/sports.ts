/**
 * Sports whose name opens a national governing body's ("Tennis Australia", "Rugby Canada",
 * "Athletics Kenya"): general knowledge of how such bodies are named.
 */
export const SPORT_NAMES: ReadonlySet<string> = new Set([
  'tennis', 'cricket', 'rugby', 'football', 'soccer', 'golf', 'hockey', 'cycling', 'athletics', 'swimming', 'netball',
  'basketball', 'volleyball', 'rowing', 'sailing', 'gymnastics', 'boxing', 'badminton', 'squash', 'triathlon',
  'equestrian', 'archery', 'judo', 'taekwondo', 'skiing', 'snowsports', 'baseball', 'softball', 'bowls', 'surfing', 'aquatics',
]);
