using Dyad.Domain;

namespace Dyad.Knowledge;

/// <summary>One phrase of a query found in the knowledge base, with all it can mean.</summary>
public sealed record LookupMatch(string Text, int FirstWord, int WordCount, IReadOnlyList<PhraseMeaning> Meanings);

/// <summary>What the knowledge base makes of a phrase: the known pieces and, where they add up to one, the actor.</summary>
public sealed record LookupResult(IReadOnlyList<LookupMatch> Matches, Actor? Actor, IReadOnlyList<City> Places);

/// <summary>
/// Reads a short phrase ("Peruvian President", "Lima", "Panetta") word by word, taking the longest known phrase at
/// each point, and puts the pieces together into a CAMEO actor as a coder would (country from names, adjectives,
/// metonyms or people in office on <c>date</c>; sector from role words).
/// </summary>
public static class PhraseLookup
{
    /// <summary>Looks up <paramref name="text"/>; people count only when in office on <paramref name="date"/> (any date if null).</summary>
    public static LookupResult Find(KnowledgeBase kb, string text, DateOnly? date = null)
    {
        var words = text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '"', '“', '”', '(', ')'))
            .Where(w => w.Length > 0)
            .ToArray();
        var matches = new List<LookupMatch>();
        for (var i = 0; i < words.Length;)
        {
            var found = false;
            for (var n = Math.Min(kb.LongestPhrase, words.Length - i); n >= 1 && !found; n--)
            {
                var phrase = string.Join(' ', words, i, n);
                foreach (var candidate in Variants(phrase))
                {
                    var meanings = kb.Meanings(candidate);
                    if (meanings.Count > 0)
                    {
                        matches.Add(new LookupMatch(candidate, i, n, meanings));
                        i += n;
                        found = true;
                        break;
                    }
                }
            }

            if (!found)
            {
                i++;
            }
        }

        return new LookupResult(matches, Compose(matches, date), [.. matches.SelectMany(m => m.Meanings.OfType<CityName>().Select(c => c.City))]);
    }

    private static IEnumerable<string> Variants(string phrase)
    {
        yield return phrase;
        if (phrase.EndsWith("'s", StringComparison.Ordinal) || phrase.EndsWith("’s", StringComparison.Ordinal))
        {
            yield return phrase[..^2];
        }

        if (phrase.EndsWith('.'))
        {
            yield return phrase[..^1];
        }

        // Role words are written as lemmas ("soldier"); a plain plural in a query is tried in the singular.
        if (phrase.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            yield return phrase[..^3] + "y";
        }
        else if (phrase.EndsWith("es", StringComparison.OrdinalIgnoreCase))
        {
            yield return phrase[..^2];
            yield return phrase[..^1];
        }
        else if (phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        {
            yield return phrase[..^1];
        }
    }

    private static Actor? Compose(List<LookupMatch> matches, DateOnly? date)
    {
        string? country = null, sector = null, name = null;
        Organisation? organisation = null;
        foreach (var match in matches)
        {
            var person = match.Meanings.OfType<PersonName>()
                .Select(p => p.Person)
                .Where(p => date is null || p.HeldOn(date.Value))
                .OrderByDescending(p => p.Start)
                .FirstOrDefault();
            if (person is not null)
            {
                country ??= person.Country;
                sector ??= person.Sector;
                name = person.Name;
                continue;
            }

            switch (match.Meanings.FirstOrDefault(m => m is OrganisationName or CountryName or MetonymName or RegionName or SectorWord))
            {
                case OrganisationName o:
                    organisation ??= o.Organisation;
                    break;
                case CountryName c:
                    country ??= c.Country.Code;
                    break;
                case MetonymName m:
                    country ??= m.Country.Code;
                    sector ??= m.Sector;
                    break;
                case RegionName r:
                    country ??= r.Region.Code;
                    break;
                case SectorWord s:
                    sector ??= s.Term.Sector;
                    break;
            }
        }

        if (organisation is not null)
        {
            return new Actor(organisation.Code, organisation.Country, organisation.Sector, organisation.Group, name ?? organisation.Name);
        }

        if (country is null && sector is null)
        {
            return null;
        }

        return new Actor((country ?? "") + (sector ?? ""), country, sector, null, name);
    }
}
