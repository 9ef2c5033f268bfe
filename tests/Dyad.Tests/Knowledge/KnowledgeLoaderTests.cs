using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public class KnowledgeLoaderTests
{
    private static KnowledgeLoad LoadMini(Action<TempFolder>? overlay = null)
    {
        var root = new TempFolder();
        MiniKnowledge.Write(root);
        if (overlay is null)
        {
            return KnowledgeLoader.Load(root.Path);
        }

        var extra = new TempFolder();
        overlay(extra);
        return KnowledgeLoader.Load(root.Path, extra.Path);
    }

    [Fact]
    public void Every_file_kind_loads_into_typed_entries()
    {
        var load = LoadMini();

        Assert.False(load.HasErrors, string.Join("\n", load.Problems));
        var kb = load.Base;
        Assert.Equal(["BOL", "CHL", "USA"], kb.Countries.Keys.Order());
        Assert.Equal((-35.7, -71.5), kb.Countries["CHL"].Centroid);
        Assert.Contains(kb.Countries["USA"].Metonyms, m => m is { Phrase: "Pentagon", Sector: "MIL" });
        Assert.Equal("LAM", Assert.Single(kb.Regions).Key);
        Assert.True(kb.Sectors.Single(s => s.Phrase == "president").IsTitle);
        Assert.Equal("IGO", kb.Organisations.Single(o => o.Code == "IGOUNO").Sector);
        Assert.Equal("REB", kb.Organisations.Single(o => o.IsArmedGroup).Sector);
        Assert.Equal(new DateOnly(2012, 6, 30), kb.People.Single(p => p.Name == "Example Holder").End);
        Assert.Equal(2.8, kb.EventTypes["043"].Goldstein);
        Assert.Equal(1, kb.EventTypes["043"].QuadClass);
        Assert.Equal(4, kb.Patterns.Count);
        Assert.True(kb.PatternsByVerb["meet"].Single(p => p.Text == "meet with +").Mutual);
        Assert.Equal(2, kb.Cities.Count);
    }

    [Fact]
    public void Names_adjectives_metonyms_people_and_places_are_found_whatever_their_case()
    {
        var kb = LoadMini().Base;

        Assert.IsType<CountryName>(Assert.Single(kb.Meanings("chilean")));
        Assert.Equal("MIL", Assert.IsType<MetonymName>(Assert.Single(kb.Meanings("the pentagon".Replace("the ", "")))).Sector);
        Assert.Equal("Roberto Ampuero", Assert.IsType<PersonName>(Assert.Single(kb.Meanings("AMPUERO"))).Person.Name);
        Assert.Equal("BOL", Assert.IsType<CityName>(Assert.Single(kb.Meanings("Siloli"))).City.Country);
        Assert.Empty(kb.Meanings("Atlantis"));
    }

    [Fact]
    public void An_overlay_replaces_removes_and_adds_records()
    {
        var load = LoadMini(o =>
        {
            o.Write("actors/sectors.txt", "soldier | REB |\n!rebel\ninsurgent | REB |\n");
            o.Write("verbs/mine.txt", "190 | meet with +\n!043 | meet +\n");
            o.Write("actors/people/fix.txt", "CHL | GOV | foreign minister | Roberto Ampuero | Ampuero; Roberto Ampuero Espinoza | 2018-03-11 | 2019-06-12\n");
        });

        Assert.False(load.HasErrors, string.Join("\n", load.Problems));
        var kb = load.Base;
        Assert.Equal("REB", kb.Sectors.Single(s => s.Phrase == "soldier").Sector);
        Assert.DoesNotContain(kb.Sectors, s => s.Phrase == "rebel");
        Assert.Contains(kb.Sectors, s => s.Phrase == "insurgent");
        Assert.Equal("190", Assert.Single(kb.PatternsByVerb["meet"]).Code.Value);
        var ampuero = Assert.Single(kb.People, p => p.Name == "Roberto Ampuero");
        Assert.Equal(new DateOnly(2019, 6, 12), ampuero.End);
        Assert.Contains("fix.txt", ampuero.Source.File);
    }

    [Fact]
    public void A_line_with_too_many_fields_is_an_error_naming_file_and_line()
    {
        var load = LoadMini(o => o.Write("actors/sectors.txt", "# roles\ngeneral | MIL | title\ncolonel | MIL | title | extra\n"));

        var problem = Assert.Single(load.Problems, p => p.IsError);
        Assert.EndsWith("actors/sectors.txt", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Contains("4 fields", problem.Message);
    }

    [Theory]
    [InlineData("actors/people/x.txt", "CHL | GOV | president | Ana Example | Example | 2019-02-30 |", "start date")]
    [InlineData("actors/people/x.txt", "CHL | GOV | president | Ana Example | Example | 2019-03-01 | 2018-01-01", "ends")]
    [InlineData("verbs/x.txt", "999 | meet with +", "not a CAMEO event code")]
    [InlineData("verbs/x.txt", "046 | negotiate with +", "not in cameo/event-codes.txt")]
    [InlineData("verbs/x.txt", "043 | + meet", "starts with its verb")]
    [InlineData("verbs/x.txt", "043 | Meet With +", "lower-case")]
    [InlineData("actors/sectors.txt", "guerrilla | GUE |", "not an actor type")]
    [InlineData("cameo/event-codes.txt", "044 | Meet elsewhere | 12 | CONSULT | x", "Goldstein")]
    [InlineData("cameo/event-codes.txt", "045 | Mediate | 5.0 | MEDIATE | x", "PLOVER")]
    [InlineData("actors/countries.txt", "per | Peru | | | Lima | | ", "country code")]
    public void Malformed_or_inconsistent_records_are_errors_naming_file_and_line(string file, string line, string expected)
    {
        var load = LoadMini(o => o.Write(file, "# a comment\n" + line + "\n"));

        var problem = Assert.Single(load.Problems, p => p.IsError);
        Assert.EndsWith(file, problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Overlapping_terms_of_one_office_are_an_error()
    {
        var load = LoadMini(o => o.Write("actors/people/x.txt",
            "CHL | GOV | foreign minister | Ana Example | Example | 2019-01-01 | 2019-12-31\n"));

        var errors = load.Problems.Where(p => p.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, p => Assert.Contains("overlaps", p.Message));
        Assert.Contains(errors, p => p.File.EndsWith("x.txt", StringComparison.Ordinal) && p.Line == 1 && p.Message.Contains("Roberto Ampuero"));
    }

    [Fact]
    public void A_hand_over_on_the_same_day_is_not_an_overlap()
    {
        // Ampuero's term ends on 2019-06-13, the day Ribera's starts.
        Assert.DoesNotContain(LoadMini().Problems, p => p.Message.Contains("overlaps"));
    }

    [Fact]
    public void An_alias_naming_two_countries_is_an_error()
    {
        var load = LoadMini(o => o.Write("actors/countries.txt", "PER | Peru | Andes | Peruvian | Lima | |\nECU | Ecuador | Andes | Ecuadorian | Quito | |\n"));

        var problem = Assert.Single(load.Problems, p => p.IsError);
        Assert.Contains("'andes' names", problem.Message);
        Assert.Contains("PER", problem.Message);
        Assert.Contains("ECU", problem.Message);
    }

    [Fact]
    public void A_duplicate_record_in_one_tree_is_an_error_pointing_at_the_first()
    {
        var load = LoadMini(o => o.Write("actors/sectors.txt", "admiral | MIL | title\nadmiral | MIL |\n"));

        var problem = Assert.Single(load.Problems, p => p.IsError);
        Assert.Equal(2, problem.Line);
        Assert.Contains("duplicate of", problem.Message);
        Assert.Contains("sectors.txt:1", problem.Message);
    }

    [Fact]
    public void A_removal_outside_an_overlay_is_an_error()
    {
        using var root = new TempFolder();
        MiniKnowledge.Write(root);
        root.Write("actors/sectors.txt", "!president\n");

        var load = KnowledgeLoader.Load(root.Path);

        Assert.Contains(load.Problems, p => p.IsError && p.Message.Contains("belongs in an overlay"));
    }

    [Fact]
    public void A_text_file_in_the_wrong_place_is_a_warning_not_silence()
    {
        var load = LoadMini(o => o.Write("actors/country.txt", "PER | Peru\n"));

        var problem = Assert.Single(load.Problems);
        Assert.False(problem.IsError);
        Assert.Contains("not a knowledge file", problem.Message);
    }
}
