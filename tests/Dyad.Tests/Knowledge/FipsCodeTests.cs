using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

/// <summary>The optional FIPS 10-4 field of actors/countries.txt, which the GDELT export's geography columns need.</summary>
public class FipsCodeTests
{
    private static readonly Lazy<KnowledgeBase> BuiltIn = new(() => KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot).Base);

    private static KnowledgeLoad LoadMiniWithCountries(string countries)
    {
        var root = new TempFolder();
        MiniKnowledge.Write(root);
        var overlay = new TempFolder();
        overlay.Write("actors/countries.txt", countries);
        return KnowledgeLoader.Load(root.Path, overlay.Path);
    }

    [Theory]
    [InlineData("PER", "PE")]
    [InlineData("DEU", "GM")]
    [InlineData("GBR", "UK")]
    [InlineData("USA", "US")]
    public void The_shipped_knowledge_gives_the_fips_codes_gdelt_uses(string country, string fips)
    {
        Assert.Equal(fips, BuiltIn.Value.FipsOf(country));
    }

    [Fact]
    public void A_fips_code_given_as_the_eighth_field_is_loaded()
    {
        var load = LoadMiniWithCountries("# a comment\nPER | Peru | | Peruvian | Lima | | -9.2,-75.0 | PE\n");

        Assert.False(load.HasErrors, string.Join("\n", load.Problems));
        Assert.Equal("PE", load.Base.Countries["PER"].Fips);
        Assert.Equal("PE", load.Base.FipsOf("PER"));
    }

    [Fact]
    public void A_line_of_seven_fields_still_loads_without_a_fips_code()
    {
        var load = LoadMiniWithCountries("PER | Peru | | Peruvian | Lima | | -9.2,-75.0\n");

        Assert.False(load.HasErrors, string.Join("\n", load.Problems));
        Assert.Equal((-9.2, -75.0), load.Base.Countries["PER"].Centroid);
        Assert.Null(load.Base.FipsOf("PER"));
        Assert.Null(load.Base.FipsOf("CHL"));
    }

    [Fact]
    public void An_unknown_country_has_no_fips_code()
    {
        var kb = LoadMiniWithCountries("PER | Peru | | | Lima | | | PE\n").Base;

        Assert.Null(kb.FipsOf("XYZ"));
    }

    [Theory]
    [InlineData("pe")]
    [InlineData("PER")]
    [InlineData("P1")]
    public void A_malformed_fips_code_is_an_error_naming_file_and_line(string fips)
    {
        var load = LoadMiniWithCountries($"# a comment\nPER | Peru | | | Lima | | | {fips}\n");

        var problem = Assert.Single(load.Problems, p => p.IsError);
        Assert.EndsWith("actors/countries.txt", problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Contains($"'{fips}' is not a FIPS 10-4 code", problem.Message);
        Assert.Null(load.Base.FipsOf("PER"));
    }

    [Fact]
    public void Two_countries_with_one_fips_code_are_an_error_pointing_at_the_first()
    {
        var load = LoadMiniWithCountries("PER | Peru | | | Lima | | | PE\nECU | Ecuador | | | Quito | | | PE\n");

        var problem = Assert.Single(load.Problems, p => p.IsError);
        Assert.EndsWith("actors/countries.txt", problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Contains("FIPS code 'PE' of ECU", problem.Message);
        Assert.Contains("PER", problem.Message);
        Assert.Contains("countries.txt:1", problem.Message);
    }
}
