namespace Dyad.Knowledge;

/// <summary>
/// Checks that the loaded knowledge hangs together: codes that exist, terms of one office that do not overlap,
/// names that do not point at two different actors.
/// </summary>
public static class KnowledgeValidator
{
    /// <summary>Adds every problem found in <paramref name="kb"/> to <paramref name="problems"/>.</summary>
    public static void Validate(KnowledgeBase kb, List<KnowledgeProblem> problems)
    {
        CheckCodes(kb, problems);
        CheckTerms(kb, problems);
        CheckCollisions(kb, problems);
    }

    private static void CheckCodes(KnowledgeBase kb, List<KnowledgeProblem> problems)
    {
        void Error(SourceLine at, string message) => problems.Add(new KnowledgeProblem(at.File, at.Line, message));

        bool KnownSector(string code) => kb.ActorTypes.Count == 0 || kb.ActorTypes.ContainsKey(code);
        bool KnownCountry(string code) => kb.Countries.Count == 0 || kb.Countries.ContainsKey(code) || kb.Regions.ContainsKey(code);

        foreach (var c in kb.Countries.Values)
        {
            foreach (var m in c.Metonyms)
            {
                if (m.Sector is { } s && !KnownSector(s))
                {
                    Error(c.Source, $"metonym '{m.Phrase}' names sector '{s}', which cameo/actor-types.txt does not define");
                }
            }
        }

        foreach (var group in kb.Countries.Values.Where(c => c.Fips is not null).GroupBy(c => c.Fips).Where(g => g.Count() > 1))
        {
            var sharing = group.OrderBy(c => c.Source.File, StringComparer.Ordinal).ThenBy(c => c.Source.Line).ToList();
            foreach (var c in sharing.Skip(1))
            {
                Error(c.Source, $"FIPS code '{c.Fips}' of {c.Code} is already {sharing[0].Code}'s ({sharing[0].Source})");
            }
        }

        foreach (var s in kb.Sectors)
        {
            if (!KnownSector(s.Sector))
            {
                Error(s.Source, $"'{s.Sector}' is not an actor type in cameo/actor-types.txt");
            }
        }

        foreach (var o in kb.Organisations)
        {
            var head = o.Code[..3];
            if (!KnownCountry(head) && !(kb.ActorTypes.TryGetValue(head, out var t) && t.Kind is "prefix" or "sector"))
            {
                Error(o.Source, $"actor code '{o.Code}' starts with '{head}', neither a country, a region nor a prefix such as IGO");
            }

            if (o.Country is { } country && !KnownCountry(country))
            {
                Error(o.Source, $"country '{country}' is not in actors/countries.txt or actors/regions.txt");
            }
        }

        foreach (var p in kb.People)
        {
            if (!KnownCountry(p.Country))
            {
                Error(p.Source, $"country '{p.Country}' is not in actors/countries.txt");
            }

            if (!KnownSector(p.Sector))
            {
                Error(p.Source, $"'{p.Sector}' is not an actor type in cameo/actor-types.txt");
            }
        }

        if (kb.EventTypes.Count > 0)
        {
            foreach (var e in kb.EventTypes.Values)
            {
                if (e.Code.Value.Length > 2 && !kb.EventTypes.ContainsKey(e.Code.Root))
                {
                    Error(e.Source, $"code {e.Code} has no root entry {e.Code.Root}");
                }
            }

            foreach (var pattern in kb.Patterns)
            {
                if (!kb.EventTypes.ContainsKey(pattern.Code.Value))
                {
                    Error(pattern.Source, $"event code {pattern.Code} is not in cameo/event-codes.txt");
                }
            }
        }

        var unknownCityCountries = kb.Cities.Where(c => !KnownCountry(c.Country)).GroupBy(c => c.Country);
        foreach (var group in unknownCityCountries)
        {
            var first = group.First();
            problems.Add(new KnowledgeProblem(first.Source.File, first.Source.Line,
                $"{group.Count()} places have country '{group.Key}', which actors/countries.txt does not define", IsError: false));
        }
    }

    /// <summary>Two people holding the same office of the same country at once, beyond a hand-over day.</summary>
    private static void CheckTerms(KnowledgeBase kb, List<KnowledgeProblem> problems)
    {
        foreach (var office in kb.People.GroupBy(p => (p.Country, p.Office)))
        {
            var terms = office.OrderBy(p => p.Start).ToList();
            for (var i = 1; i < terms.Count; i++)
            {
                for (var j = i - 1; j >= 0; j--)
                {
                    var earlier = terms[j];
                    var later = terms[i];
                    var earlierEnd = earlier.End ?? DateOnly.MaxValue;
                    var overlapDays = earlierEnd == DateOnly.MaxValue ? int.MaxValue : earlierEnd.DayNumber - later.Start.DayNumber;
                    if (overlapDays >= Math.Max(earlier.Slack, later.Slack))
                    {
                        problems.Add(new KnowledgeProblem(later.Source.File, later.Source.Line,
                            $"{later.Name}'s term as {later.Office} of {later.Country} from {later.Start:yyyy-MM-dd} overlaps {earlier.Name}'s " +
                            $"({earlier.Start:yyyy-MM-dd} to {(earlier.End is { } e ? e.ToString("yyyy-MM-dd") : "now")}, {earlier.Source})"));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>A name that points at two different actors: countries, regions and organisations must be unambiguous.</summary>
    private static void CheckCollisions(KnowledgeBase kb, List<KnowledgeProblem> problems)
    {
        foreach (var (phrase, meanings) in kb.PhraseIndex)
        {
            if (meanings.Length < 2)
            {
                continue;
            }

            var actors = meanings
                .Select(m => (Code: m switch
                {
                    CountryName c => c.Country.Code,
                    MetonymName n => n.Country.Code + n.Sector,
                    RegionName r => r.Region.Code,
                    OrganisationName o => o.Organisation.Code + "/" + o.Organisation.Group,
                    _ => null,
                }, Meaning: m))
                .Where(x => x.Code is not null)
                .DistinctBy(x => x.Code)
                .ToList();
            if (actors.Count > 1)
            {
                var at = actors[^1].Meaning.Source;
                problems.Add(new KnowledgeProblem(at.File, at.Line,
                    $"'{phrase}' names {string.Join(" and ", actors.Select(a => $"{a.Code} ({a.Meaning.Source})"))}; make it unambiguous"));
            }

            var people = meanings.OfType<PersonName>().Select(p => p.Person).ToList();
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                {
                    var a = people[i];
                    var b = people[j];
                    if (a.Code != b.Code && a.Start <= (b.End ?? DateOnly.MaxValue) && b.Start <= (a.End ?? DateOnly.MaxValue))
                    {
                        problems.Add(new KnowledgeProblem(b.Source.File, b.Source.Line,
                            $"'{phrase}' names both {a.Name} ({a.Code}, {a.Source}) and {b.Name} ({b.Code}) at the same time; the coder will need context to choose",
                            IsError: false));
                    }
                }
            }
        }
    }
}
