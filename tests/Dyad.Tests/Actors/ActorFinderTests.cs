using Dyad.Domain;
using Dyad.Tests.Coding;

namespace Dyad.Tests.Actors;

/// <summary>Actor mentions and their coreference, read from sentences written for these tests.</summary>
public class ActorFinderTests
{
    private static List<ActorMention> Mentions(string text, string published = "2012-10-06", string? dateline = null)
    {
        BuiltInCoder.Coder.Code(new Article("t", text, Published: DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Dateline: dateline), out _, out var mentions);
        return mentions;
    }

    private static ActorMention At(List<ActorMention> mentions, string text) =>
        mentions.FirstOrDefault(m => m.Text.Contains(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no mention containing '{text}' in: {string.Join("; ", mentions.Select(m => $"{m.Text}={m.Actor?.Code}"))}");

    [Fact]
    public void A_title_name_phrase_is_one_actor_with_the_office_holders_name()
    {
        var mentions = Mentions("U.S. Defense Secretary Leon Panetta arrived in Lima on Friday.");

        var panetta = At(mentions, "Panetta");
        Assert.Equal("USAGOV", panetta.Actor?.Code);
        Assert.Equal("Leon Panetta", panetta.Actor?.Name);
        Assert.Equal(0, panetta.FirstToken);
        Assert.True(panetta.PersonLike);
    }

    [Fact]
    public void Ministers_from_two_countries_are_two_actors_of_one_phrase()
    {
        var mentions = Mentions("Trade ministers from Ghana and Togo met in Lome on Monday.");

        var heads = mentions.Where(m => m.Actor is not null).GroupBy(m => m.Head).First(g => g.Count() == 2);
        Assert.Equal(["GHAGOV", "TGOGOV"], heads.Select(m => m.Actor!.Code).Order());
    }

    [Fact]
    public void The_pronoun_us_is_never_the_United_States()
    {
        var mentions = Mentions("\"They told us nothing,\" a villager said in Gao on Tuesday.", dateline: "Bamako");

        Assert.DoesNotContain(mentions, m => m.Actor?.Country == "USA");
    }

    [Fact]
    public void An_armed_group_keeps_its_country_and_known_group_code()
    {
        var rebels = At(Mentions("Shining Path rebels attacked a police patrol in Ayacucho."), "Shining Path");

        Assert.Equal("PERREB", rebels.Actor?.Code);
        Assert.Equal("SHP", rebels.Actor?.KnownGroup);
    }

    [Fact]
    public void An_unknown_person_with_a_title_gets_country_sector_and_name()
    {
        var minister = At(Mentions("Ghanaian Interior Minister Kofi Mensah-Boateng visited the border on Monday.", "2030-01-07"), "Kofi");

        Assert.Equal("GHAGOV", minister.Actor?.Code);
        Assert.Contains("Kofi", minister.Actor?.Name);
    }

    [Fact]
    public void Pronouns_surnames_and_role_words_resolve_within_the_article()
    {
        var mentions = Mentions(
            "Peruvian President Ollanta Humala met the army chief on Friday. "
            + "He later said the rebels would be defeated. The president spoke in Lima.", "2012-10-06");

        Assert.Equal("PERGOV", At(mentions, "He").Actor?.Code);
        Assert.Equal("Ollanta Humala", At(mentions, "He").Actor?.Name);
        Assert.Equal("PERREB", At(mentions, "rebels").Actor?.Code);
        Assert.Equal("PERGOV", At(mentions, "president").Actor?.Code);
    }

    [Fact]
    public void Role_words_are_matched_in_the_plural_even_when_tagged_as_names()
    {
        var mentions = Mentions("Gunmen stormed a hotel in Mogadishu on Sunday.");

        Assert.Equal("SOMUAF", At(mentions, "Gunmen").Actor?.Code);
    }

    [Fact]
    public void A_crowd_of_two_hundred_is_not_the_pair_named_before()
    {
        var mentions = Mentions(
            "Fiji and Tonga signed a fisheries accord on Monday. About two hundred students protested outside parliament on Tuesday against the accord.",
            "2024-03-06",
            "SUVA");

        var students = mentions.Where(m => m.Text.Contains("students", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(students);
        Assert.All(students, m => Assert.Equal("FJI", m.Actor?.Country));
    }

    [Fact]
    public void A_name_hung_on_a_two_word_country_by_the_parser_stays_one_actor()
    {
        var mentions = Mentions("Solomon Islands Prime Minister Jeremiah Manele on Thursday criticised Vanuatu over the fishing dispute.", "2024-06-07");

        var manele = At(mentions, "Manele");
        Assert.Equal("SLBGOV", manele.Actor?.Code);
        Assert.Equal(0, manele.FirstToken);
    }

    [Fact]
    public void Members_at_an_organisation_belong_to_it()
    {
        var mentions = Mentions("Judges at the International Criminal Court on Monday ordered the arrest of a Libyan militia commander.", "2024-05-14");

        Assert.Equal("IGOJUDICC", At(mentions, "Judges").Actor?.Code);
    }

    [Fact]
    public void The_two_countries_refers_to_the_pair_named_before()
    {
        var mentions = Mentions("Chile and Peru signed a port deal on Monday. The two countries also agreed to share radar data.");

        var pair = mentions.Where(m => m.Text.Contains("two countries", StringComparison.Ordinal)).Select(m => m.Actor?.Code).Order();
        Assert.Equal(["CHL", "PER"], pair);
    }
}
