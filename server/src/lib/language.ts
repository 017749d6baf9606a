// Which language a request wants: ?lang= first, then Accept-Language, then English.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@rbm/shared';

export function requestLanguage(
  query: { lang?: Language } | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (query?.lang) return query.lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().split(';')[0]?.slice(0, 2).toLowerCase();
    const match = LANGUAGES.find((l) => l === tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
