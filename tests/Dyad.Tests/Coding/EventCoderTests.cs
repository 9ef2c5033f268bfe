using static Dyad.Tests.Coding.BuiltInCoder;

namespace Dyad.Tests.Coding;

/// <summary>Events coded from sentences written for these tests, one behaviour each.</summary>
public class EventCoderTests
{
    [Fact]
    public void A_meeting_between_named_leaders_is_coded_with_their_countries_and_sectors()
    {
        var events = Code("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.", "2023-05-18");

        var e = Assert.Single(events);
        Assert.Equal("KENGOV", e.Source.Code);
        Assert.Equal("ETHGOV", e.Target?.Code);
        Assert.Equal("04", e.Code.Root);
        Assert.Equal(1, e.Code.QuadClass);
        Assert.Equal("CONSULT", e.Plover);
        Assert.Equal(new DateOnly(2023, 5, 16), e.Date);
        Assert.Equal("Nairobi", e.Location?.Name);
    }

    [Fact]
    public void Killing_one_political_figure_is_an_assassination()
    {
        var events = Code("Gunmen killed an opposition lawmaker outside his home in Harare on Tuesday, police said.", "2024-05-08");

        var e = Assert.Single(events);
        Assert.Equal("186", e.Code.Value);
        Assert.Equal("ZWEUAF", e.Source.Code);
        Assert.Equal("ZWEOPP", e.Target?.Code);
    }

    [Fact]
    public void Killing_villagers_is_not_an_assassination()
    {
        var events = Code("Gunmen killed three farmers outside their homes near Harare on Tuesday, police said.", "2024-05-08");

        var e = Assert.Single(events);
        Assert.Equal("19", e.Code.Root);
        Assert.NotEqual("186", e.Code.Value);
    }

    [Fact]
    public void A_role_word_opening_a_sentence_is_not_read_as_a_name()
    {
        // The capital of "Gunmen" made the tagger read a name, and "shot" a noun after it.
        var events = Code("Gunmen shot dead three farmers outside their homes near Harare on Tuesday, police said.", "2024-05-08");

        var e = Assert.Single(events);
        Assert.Equal("ZWEUAF", e.Source.Code);
        Assert.Equal("19", e.Code.Root);
    }

    [Fact]
    public void Roles_in_a_story_that_names_only_a_town_belong_to_its_country()
    {
        var events = Code("Rebels ambushed an army patrol near Goma on Friday.", "2024-05-08");

        var e = Assert.Single(events);
        Assert.Equal("CODREB", e.Source.Code);
        Assert.Equal("CODMIL", e.Target?.Code);
        Assert.Equal("19", e.Code.Root);
    }

    [Fact]
    public void A_pronoun_object_does_not_make_coordinated_subjects_act_on_each_other()
    {
        var events = Code(
            "Norway and Iceland imposed sanctions on Monday on two senior Belarusian officials, freezing any assets they hold in the two countries and barring them from travel.",
            "2024-04-02");

        Assert.Contains(events, e => e.Source.Code == "NOR" && e.Target?.Country == "BLR");
        Assert.DoesNotContain(events, e => e.Source.Country is "NOR" or "ISL" && e.Target?.Country is "NOR" or "ISL");
    }

    [Fact]
    public void Demanding_that_a_minister_resign_is_a_demand_for_a_change_of_leadership()
    {
        var events = Code("Kenya's main opposition party demanded on Friday that the interior minister resign.", "2024-05-11");

        var e = Assert.Single(events);
        Assert.Equal(("KENOPP", "1041", "KENGOV"), (e.Source.Code, e.Code.Value, e.Target?.Code));
        Assert.Equal(new DateOnly(2024, 5, 10), e.Date);
    }

    [Fact]
    public void A_demand_whose_act_has_no_pattern_is_made_of_whoever_must_act()
    {
        var events = Code("Ghana's president demanded that the Togolese government stop using border checkpoints to collect unofficial fees.", "2024-05-11");

        var e = Assert.Single(events);
        Assert.Equal(("GHAGOV", "10", "TGOGOV"), (e.Source.Code, e.Code.Root, e.Target?.Code));
    }

    [Fact]
    public void Confidence_about_another_country_is_an_optimistic_comment()
    {
        var events = Code("\"We are confident that Bolivia will return to the table,\" Chile's foreign minister told reporters on Monday.", "2024-05-14");

        var e = Assert.Single(events);
        Assert.Equal(("CHLGOV", "013", "BOL"), (e.Source.Code, e.Code.Value, e.Target?.Code));
    }

    [Fact]
    public void Not_being_optimistic_is_a_pessimistic_comment()
    {
        var events = Code("Chile's foreign minister said on Monday he was not optimistic that Bolivia would sign the border treaty this year.", "2024-05-14");

        var e = Assert.Single(events);
        Assert.Equal(("CHLGOV", "012", "BOL"), (e.Source.Code, e.Code.Value, e.Target?.Code));
    }

    [Fact]
    public void Deploying_thousands_of_officers_is_aimed_at_the_protest_not_at_the_officers()
    {
        var events = Code("Ugandan police deployed thousands of officers across Kampala on Monday ahead of a march called by opposition groups.", "2024-07-16");

        var e = Assert.Single(events);
        Assert.Equal(("UGACOP", "15", "UGAOPP"), (e.Source.Code, e.Code.Root, e.Target?.Code));
    }

    [Fact]
    public void Refused_meeting_is_not_coded_as_a_meeting()
    {
        var events = Code("Chile's president refused to meet the Bolivian foreign minister on Monday.", "2019-04-12");

        Assert.DoesNotContain(events, e => e.Code.Root == "04");
        var e = Assert.Single(events);
        Assert.Equal("12", e.Code.Root);
        Assert.Equal("CHLGOV", e.Source.Code);
        Assert.Equal("BOLGOV", e.Target?.Code);
    }

    [Theory]
    [InlineData("The Malian army did not attack the rebel camp near Kidal on Sunday.")]
    [InlineData("Brazil could impose sanctions on Paraguay over the disputed dam.")]
    [InlineData("If talks fail, Ecuador will expel the Colombian ambassador.")]
    [InlineData("Analysts said the Malian army might attack the rebel camp near Kidal.")]
    public void Negated_modal_and_conditional_actions_are_not_coded(string sentence)
    {
        var events = Code(sentence);

        Assert.True(events.Count == 0, Show(events));
    }

    [Fact]
    public void The_agent_of_a_passive_verb_is_the_source()
    {
        var events = Code("A convoy of Malian soldiers was ambushed by Tuareg rebels near Gao on Friday.", "2013-05-20", "Bamako");

        var e = Assert.Single(events);
        Assert.Equal("MLIREB", e.Source.Code);
        Assert.Equal("MLIMIL", e.Target?.Code);
        Assert.Equal(4, e.Code.QuadClass);
    }

    [Fact]
    public void Coordinated_countries_that_sign_an_accord_are_coded_in_both_directions()
    {
        var events = Code("Peru and Chile signed a fisheries agreement in Santiago on Thursday.", "2021-09-03");

        Assert.Contains(events, e => e.Source.Code == "PER" && e.Target?.Code == "CHL" && e.Code.Root == "05");
        Assert.Contains(events, e => e.Source.Code == "CHL" && e.Target?.Code == "PER" && e.Code.Root == "05");
    }

    [Fact]
    public void An_announced_deployment_of_aid_is_coded_as_a_pledge()
    {
        var events = Code("Japan said on Monday it would send emergency aid to Nepal after the earthquake.", "2015-04-28");

        var e = Assert.Single(events);
        Assert.Equal("JPN", e.Source.Code);
        Assert.Equal("NPL", e.Target?.Code);
        Assert.StartsWith("033", e.Code.Value);
        Assert.Equal(new DateOnly(2015, 4, 27), e.Date);
    }

    [Fact]
    public void A_demand_that_another_releases_prisoners_is_coded_as_a_demand_to_the_other()
    {
        var events = Code("Mexico's foreign ministry demanded that Nicaragua release two Mexican journalists.", "2021-06-10");

        var e = Assert.Single(events);
        Assert.Equal("MEXGOV", e.Source.Code);
        Assert.Equal("NIC", e.Target?.Code);
        Assert.Equal("1053", e.Code.Value);
    }

    [Fact]
    public void A_pronoun_takes_the_actor_of_the_previous_sentence()
    {
        var events = Code("Colombian President Gustavo Petro arrived in Caracas on Monday. He met Venezuelan President Nicolas Maduro.", "2022-11-02");

        Assert.Contains(events, e => e.Source.Code == "COLGOV" && e.Source.Name == "Gustavo Petro" && e.Target?.Code == "VENGOV" && e.Code.Root == "04");
    }

    [Fact]
    public void We_in_a_quotation_is_the_speaker()
    {
        var events = Code("\"We will send doctors and medicine to Haiti,\" the Cuban health minister said on Friday.", "2021-08-20");

        var e = Assert.Single(events);
        Assert.Equal("CUBGOV", e.Source.Code);
        Assert.Equal("HTI", e.Target?.Code);
        Assert.Equal("03", e.Code.Root);
        Assert.NotNull(e.Quote);
        Assert.Contains("send doctors", e.Quote);
    }

    [Fact]
    public void A_quotation_before_its_attribution_sentence_belongs_to_the_speaker()
    {
        var events = Code("\"We will retaliate against Azerbaijan. Our patience has limits,\" Armenian Defence Minister Suren Papikyan said on Monday.", "2023-09-12");

        var e = Assert.Single(events);
        Assert.Equal("ARMGOV", e.Source.Code);
        Assert.Equal("AZE", e.Target?.Code);
        Assert.Equal("13", e.Code.Root);
        Assert.Equal(new DateOnly(2023, 9, 11), e.Date);
    }

    [Fact]
    public void A_quoted_threat_belongs_to_whoever_warned()
    {
        var events = Code("\"We will crush the rebels within weeks,\" Ugandan army chief General Muhoozi Kainerugaba warned on Friday.", "2023-05-06");

        var e = Assert.Single(events);
        Assert.Equal("UGAMIL", e.Source.Code);
        Assert.Equal("UGAREB", e.Target?.Code);
        Assert.Equal("13", e.Code.Root);
        Assert.Equal(new DateOnly(2023, 5, 5), e.Date);
    }

    [Fact]
    public void Talking_to_reporters_is_not_an_event()
    {
        var events = Code("Colombian President Gustavo Petro spoke to reporters in Bogota on Friday.", "2023-09-15");

        Assert.Empty(events);
    }

    [Fact]
    public void Role_words_without_a_country_take_the_datelines()
    {
        var events = Code("Rebels attacked an army base outside the town on Sunday, killing four soldiers.", "2016-02-09", "Bamako");

        Assert.Contains(events, e => e.Source.Code == "MLIREB" && e.Target?.Code == "MLIMIL" && e.Code.QuadClass == 4);
    }

    [Fact]
    public void Every_event_keeps_its_evidence()
    {
        const string text = "Turkey's foreign minister condemned the Syrian government on Wednesday for the shelling of border villages.";
        var events = Code(text, "2019-10-10");

        var e = Assert.Single(events);
        Assert.Equal("11", e.Code.Root);
        Assert.Equal(text, e.Sentence);
        Assert.InRange(e.SpanStart, 0, text.Length);
        Assert.InRange(e.SpanEnd, e.SpanStart + 1, text.Length);
        Assert.Contains("condemned", text[e.SpanStart..e.SpanEnd]);
        Assert.Contains("11-disapprove", e.Rule);
        Assert.InRange(e.Confidence, 0.05, 1.0);
        Assert.Equal(-2.0, e.Goldstein, 1);
    }
}
