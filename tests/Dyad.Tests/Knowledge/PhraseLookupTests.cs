using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public class PhraseLookupTests
{
    private static readonly KnowledgeBase Kb = Load();

    private static KnowledgeBase Load()
    {
        var dir = new TempFolder();
        MiniKnowledge.Write(dir);
        return KnowledgeLoader.Load(dir.Path).Base;
    }

    [Fact]
    public void An_adjective_and_a_title_make_a_country_sector_actor()
    {
        var result = PhraseLookup.Find(Kb, "Chilean President");

        Assert.Equal("CHLGOV", result.Actor?.Code);
        Assert.Equal(2, result.Matches.Count);
    }

    [Fact]
    public void An_office_holder_resolves_only_within_the_term()
    {
        Assert.Equal("CHLGOV", PhraseLookup.Find(Kb, "Ampuero", new DateOnly(2019, 3, 14)).Actor?.Code);
        Assert.Null(PhraseLookup.Find(Kb, "Ampuero", new DateOnly(2021, 1, 1)).Actor);
    }

    [Fact]
    public void A_metonym_carries_its_sector()
    {
        Assert.Equal("USAMIL", PhraseLookup.Find(Kb, "the Pentagon").Actor?.Code);
    }

    [Fact]
    public void An_organisation_yields_its_own_code_and_known_group()
    {
        var actor = PhraseLookup.Find(Kb, "U.N.").Actor;

        Assert.Equal("IGOUNO", actor?.Code);
        Assert.Equal("UNO", actor?.KnownGroup);
    }

    [Fact]
    public void A_city_is_a_place_not_an_actor()
    {
        var result = PhraseLookup.Find(Kb, "Santiago de Chile");

        Assert.Null(result.Actor);
        var city = Assert.Single(result.Places);
        Assert.Equal(-33.45694, city.Latitude);
    }
}
