using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

/// <summary>The knowledge files shipped with Dyad: they load cleanly and know what a coder of the seed story needs.</summary>
public class BuiltInKnowledgeTests
{
    private static readonly KnowledgeLoad Load = KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot);

    private static KnowledgeBase Kb => Load.Base;

    [Fact]
    public void The_built_in_knowledge_has_no_errors()
    {
        var errors = Load.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n" + string.Join("\n", errors.Take(40)));
    }

    [Fact]
    public void Every_un_member_and_the_codebook_are_covered()
    {
        Assert.True(Kb.Countries.Count >= 195, $"{Kb.Countries.Count} countries");
        Assert.True(Kb.EventTypes.Count >= 280, $"{Kb.EventTypes.Count} CAMEO codes");
        foreach (var root in Enumerable.Range(1, 20).Select(r => r.ToString("00")))
        {
            Assert.True(Kb.EventTypes.ContainsKey(root), $"no codebook entry for root {root}");
            Assert.Contains(Kb.Patterns, p => p.Code.Root == root);
        }
    }

    [Fact]
    public void There_are_enough_patterns_groups_people_and_places_to_code_world_news()
    {
        Assert.True(Kb.Patterns.Count >= 2000, $"{Kb.Patterns.Count} verb patterns");
        Assert.True(Kb.Organisations.Count(o => o.IsArmedGroup) >= 150, "armed groups");
        Assert.True(Kb.Organisations.Count(o => !o.IsArmedGroup) >= 100, "organisations");
        Assert.True(Kb.People.Count >= 1500, $"{Kb.People.Count} office-holder terms");
        Assert.True(Kb.Cities.Count >= 30_000, "cities");
        Assert.True(Kb.Sectors.Count >= 500, "sector phrases");
    }

    [Theory]
    [InlineData("Peruvian President", null, "PERGOV")]
    [InlineData("U.S. Defense Secretary", null, "USAGOV")]
    [InlineData("Panetta", "2012-10-06", "USAGOV")]
    [InlineData("Humala", "2012-10-06", "PERGOV")]
    [InlineData("Shining Path", null, "PERREB")]
    [InlineData("the Pentagon", null, "USAMIL")]
    [InlineData("the Kremlin", null, "RUSGOV")]
    [InlineData("Peruvian soldiers", null, "PERMIL")]
    [InlineData("Colombian rebels", null, "COLREB")]
    public void Phrases_of_a_wire_story_resolve_to_cameo_actors(string phrase, string? date, string code)
    {
        var on = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(code, PhraseLookup.Find(Kb, phrase, on).Actor?.Code);
    }

    [Theory]
    [InlineData("2005-06-01")]
    [InlineData("2012-10-06")]
    [InlineData("2020-01-01")]
    public void Every_state_with_office_holders_has_one_in_office_on_any_day(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        // Only states that existed that day count: not Serbia and Montenegro after 2006, not South Sudan before 2011.
        var leaderless = Kb.People.GroupBy(p => p.Country)
            .Where(g => g.Any(p => p.Start <= date) && g.Any(p => p.End is null || p.End >= date) && !g.Any(p => p.HeldOn(date)))
            .Select(g => g.Key)
            .ToList();

        Assert.True(leaderless.Count == 0, $"no office-holder on {day} for: {string.Join(", ", leaderless)}");
    }

    [Fact]
    public void Lima_is_found_in_peru_with_its_coordinates()
    {
        var lima = PhraseLookup.Find(Kb, "Lima").Places.OrderByDescending(c => c.Population).First();

        Assert.Equal("PER", lima.Country);
        Assert.InRange(lima.Latitude, -12.2, -11.9);
        Assert.InRange(lima.Longitude, -77.2, -76.9);
    }
}
