using Dyad.Coding;
using Dyad.Domain;
using static Dyad.Tests.Text.BuiltInModels;

namespace Dyad.Tests.Coding;

public sealed class DateResolverTests
{
    // A Saturday.
    private static readonly DateOnly Saturday = new(2012, 10, 6);

    private static DateOnly? Date(string text, string verb, DateOnly published)
    {
        var doc = Read(text);
        return DateResolver.Resolve(doc.SentenceTokens(0), Find(doc, verb), published);
    }

    [Fact]
    public void On_a_weekday_that_is_the_publication_day_resolves_to_the_publication_day()
    {
        Assert.Equal(Saturday, Date("Gunmen ambushed a fuel convoy on Saturday.", "ambushed", Saturday));
    }

    [Fact]
    public void On_Tuesday_resolves_to_the_last_Tuesday_before_publication()
    {
        Assert.Equal(new DateOnly(2012, 10, 2), Date("Gunmen ambushed a fuel convoy on Tuesday.", "ambushed", Saturday));
    }

    [Fact]
    public void A_weekday_without_a_preposition_and_a_weekday_night_still_count()
    {
        Assert.Equal(new DateOnly(2012, 10, 3), Date("The guerrillas raided a police post Wednesday.", "raided", Saturday));
        Assert.Equal(new DateOnly(2012, 10, 4), Date("Police detained nine dockworkers on Thursday night.", "detained", Saturday));
    }

    [Fact]
    public void Last_before_the_publication_weekday_means_a_week_earlier()
    {
        Assert.Equal(new DateOnly(2012, 9, 29), Date("The senate rejected the budget last Saturday.", "rejected", Saturday));
    }

    [Fact]
    public void Yesterday_today_and_this_morning_count_from_the_publication_day()
    {
        Assert.Equal(new DateOnly(2012, 10, 5), Date("The finance minister resigned yesterday.", "resigned", Saturday));
        Assert.Equal(Saturday, Date("Striking farmers blocked the main highway today.", "blocked", Saturday));
        Assert.Equal(Saturday, Date("Striking farmers blocked the main highway this morning.", "blocked", Saturday));
    }

    [Fact]
    public void Last_week_last_month_and_ago_step_back_from_publication()
    {
        Assert.Equal(new DateOnly(2012, 9, 29), Date("Teachers marched through the old town last week.", "marched", Saturday));
        Assert.Equal(new DateOnly(2012, 9, 6), Date("Border guards fired on the smugglers last month.", "fired", Saturday));
        Assert.Equal(new DateOnly(2012, 10, 3), Date("The militia seized the port three days ago.", "seized", Saturday));
    }

    [Fact]
    public void Earlier_this_week_is_the_publication_day()
    {
        Assert.Equal(Saturday, Date("The cabinet met earlier this week to debate the reforms.", "met", Saturday));
    }

    [Fact]
    public void Next_week_and_a_weekday_after_will_look_forward()
    {
        Assert.Equal(new DateOnly(2012, 10, 8), Date("The envoy will fly to Amman on Monday.", "fly", Saturday));
        Assert.Equal(new DateOnly(2012, 10, 13), Date("The prime minister will visit Lagos next week.", "visit", Saturday));
        Assert.Equal(new DateOnly(2012, 10, 8), Date("The envoy will fly to Amman next Monday.", "fly", Saturday));
    }

    [Fact]
    public void On_March_3_resolves_in_the_publication_year()
    {
        var published = new DateOnly(2011, 3, 9);
        Assert.Equal(new DateOnly(2011, 3, 3), Date("The two parties signed the accord on March 3.", "signed", published));
        Assert.Equal(new DateOnly(2011, 3, 3), Date("The two parties signed the accord on 3 March.", "signed", published));
    }

    [Fact]
    public void An_abbreviated_month_near_New_Year_falls_in_the_previous_year()
    {
        Assert.Equal(new DateOnly(2018, 12, 28), Date("The navy shelled the island on Dec. 28.", "shelled", new DateOnly(2019, 1, 4)));
        Assert.Equal(new DateOnly(2018, 9, 14), Date("Rebels captured the airfield on Sept. 14.", "captured", new DateOnly(2018, 9, 20)));
    }

    [Fact]
    public void An_explicit_year_is_kept_as_written()
    {
        Assert.Equal(new DateOnly(2009, 3, 3), Date("The navy shelled the island on March 3, 2009.", "shelled", Saturday));
    }

    [Fact]
    public void A_bare_month_resolves_to_its_first_day_and_a_bare_year_to_nothing()
    {
        Assert.Equal(new DateOnly(2012, 7, 1), Date("The two ministers met in July.", "met", Saturday));
        Assert.Null(Date("The two ministers met in 2010.", "met", Saturday));
    }

    [Fact]
    public void An_impossible_date_is_ignored()
    {
        Assert.Null(Date("The court released the blogger on February 30.", "released", Saturday));
    }

    [Fact]
    public void A_clause_without_a_time_expression_gives_null()
    {
        Assert.Null(Date("The court released the blogger.", "released", Saturday));
    }

    [Fact]
    public void An_infinitive_takes_the_time_of_the_verb_that_governs_it()
    {
        Assert.Equal(new DateOnly(2012, 10, 2), Date("The delegations agreed on Tuesday to resume talks.", "resume", Saturday));
    }

    [Fact]
    public void A_date_in_reported_speech_does_not_date_the_speech_and_vice_versa()
    {
        const string text = "The spokesman said on Friday that soldiers had entered the village on Wednesday.";
        Assert.Equal(new DateOnly(2012, 10, 5), Date(text, "said", Saturday));
        Assert.Equal(new DateOnly(2012, 10, 3), Date(text, "entered", Saturday));
        Assert.Null(Date("The spokesman said that soldiers had entered the village on Wednesday.", "said", Saturday));
    }

    [Fact]
    public void A_possessive_day_on_the_object_dates_the_action()
    {
        Assert.Equal(new DateOnly(2012, 9, 30), Date("The faction claimed responsibility for Sunday's blast.", "claimed", Saturday));
    }

    [Fact]
    public void An_auxiliary_is_followed_to_its_verb_and_a_modal_May_is_not_a_month()
    {
        // Hand-built: "Talks may resume on Monday" with "may" handed over instead of the verb.
        Token[] s =
        [
            new(0, 5, "Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            new(6, 9, "may", "may", "AUX", "MD", 2, "aux"),
            new(10, 16, "resume", "resume", "VERB", "VB", -1, "root"),
            new(17, 19, "on", "on", "ADP", "IN", 4, "case"),
            new(20, 26, "Monday", "Monday", "PROPN", "NNP", 2, "obl"),
        ];
        Assert.Equal(new DateOnly(2012, 10, 1), DateResolver.Resolve(s, 1, Saturday));
        Assert.Null(DateResolver.Resolve(s.AsSpan(0, 3), 1, Saturday));
    }

    [Fact]
    public void A_malformed_parse_or_index_never_throws()
    {
        Token[] cycle = [new(0, 3, "Sat", Head: 1, Relation: "aux"), new(4, 7, "Sun", Head: 0, Relation: "aux")];
        Assert.Null(DateResolver.Resolve(cycle, 0, Saturday));
        Assert.Null(DateResolver.Resolve(cycle, 5, Saturday));
        Assert.Null(DateResolver.Resolve([], 0, Saturday));
    }
}
