namespace Dyad.Knowledge;

/// <summary>What a knowledge base holds, counted the way the check command reports it.</summary>
public sealed record KnowledgeCounts(IReadOnlyList<(string Name, int Value)> Rows)
{
    /// <summary>Counts the entries of <paramref name="kb"/>.</summary>
    public static KnowledgeCounts Of(KnowledgeBase kb)
    {
        var countries = kb.Countries.Values;
        return new KnowledgeCounts(
        [
            ("countries", kb.Countries.Count),
            ("country names, aliases, adjectives", countries.Sum(c => 1 + c.Aliases.Length + c.Adjectives.Length)),
            ("metonyms", countries.Sum(c => c.Metonyms.Length)),
            ("regions", kb.Regions.Count),
            ("sector phrases", kb.Sectors.Count),
            ("organisations", kb.Organisations.Count(o => !o.IsArmedGroup)),
            ("armed groups", kb.Organisations.Count(o => o.IsArmedGroup)),
            ("office-holder terms", kb.People.Count),
            ("office-holders", kb.People.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count()),
            ("cities", kb.Cities.Count),
            ("actor type codes", kb.ActorTypes.Count),
            ("CAMEO event codes", kb.EventTypes.Count),
            ("verb patterns", kb.Patterns.Count),
            ("verbs", kb.PatternsByVerb.Count),
            ("indexed phrases", kb.PhraseCount),
        ]);
    }
}
