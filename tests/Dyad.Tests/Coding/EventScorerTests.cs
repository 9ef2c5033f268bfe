using Dyad.Coding;
using Dyad.Domain;

namespace Dyad.Tests.Coding;

public class EventScorerTests
{
    private static readonly DateOnly Day = new(2021, 3, 4);

    private static ScoredEvent E(string source, string target, string cameo, DateOnly? date = null) => new(source, target, cameo, date ?? Day);

    private static EventScore ScoreOne(ScoredEvent[] gold, ScoredEvent[] predicted, params string[] phenomena)
    {
        var scorer = new EventScorer();
        scorer.Add("s1", "test:1", "A sentence.", gold, predicted, phenomena);
        return scorer.Score();
    }

    [Fact]
    public void An_exact_prediction_scores_full_marks_at_both_levels()
    {
        var score = ScoreOne([E("ARGGOV", "URYGOV", "043")], [E("ARGGOV", "URYGOV", "043")]);

        Assert.Equal(new LevelScore(1, 1, 1), score.DyadRoot);
        Assert.Equal(new LevelScore(1, 1, 1), score.Full);
        Assert.Equal(100, score.DyadRoot.F1);
        Assert.Empty(score.Errors);
    }

    [Fact]
    public void A_wrong_root_is_one_false_positive_and_one_false_negative()
    {
        var score = ScoreOne([E("ARGGOV", "URYGOV", "043")], [E("ARGGOV", "URYGOV", "112")]);

        Assert.Equal(0, score.DyadRoot.TruePositives);
        Assert.Equal(1, score.DyadRoot.FalsePositives);
        Assert.Equal(1, score.DyadRoot.FalseNegatives);
        var errors = Assert.Single(score.Errors);
        Assert.Equal("043", Assert.Single(errors.FalseNegatives).Cameo);
        Assert.Equal("112", Assert.Single(errors.FalsePositives).Cameo);
    }

    [Fact]
    public void A_different_sector_or_subcode_matches_by_country_and_root_but_not_in_full()
    {
        var score = ScoreOne([E("ARGGOV", "URYGOV", "043")], [E("ARGMIL", "URY", "040")]);

        Assert.Equal(1, score.DyadRoot.TruePositives);
        Assert.Equal(0, score.Full.TruePositives);
        Assert.Equal(1, score.Full.FalsePositives);
        Assert.Equal(1, score.Full.FalseNegatives);
        var mismatch = Assert.Single(Assert.Single(score.Errors).Mismatches);
        Assert.Equal("ARGMIL", mismatch.Predicted.Source);
    }

    [Fact]
    public void Organisations_are_compared_by_their_first_three_letters_at_dyad_and_root()
    {
        var score = ScoreOne([E("IGOUNOKID", "SSDGOV", "071")], [E("IGOUNO", "SSD", "073")]);

        Assert.Equal(1, score.DyadRoot.TruePositives);
        Assert.Equal(0, score.Full.TruePositives);
    }

    [Fact]
    public void A_missing_target_only_matches_a_missing_target()
    {
        var score = ScoreOne([E("KENGOV", "", "010")], [E("KENGOV", "UGA", "010"), E("KENGOV", "", "010")]);

        Assert.Equal(1, score.DyadRoot.TruePositives);
        Assert.Equal("UGA", Assert.Single(Assert.Single(score.Errors).FalsePositives).Target);
    }

    [Fact]
    public void Duplicates_count_as_often_as_they_occur()
    {
        var twice = ScoreOne([E("MLIMIL", "MLIREB", "190")], [E("MLIMIL", "MLIREB", "190"), E("MLIMIL", "MLIREB", "190")]);
        var once = ScoreOne([E("MLIMIL", "MLIREB", "190"), E("MLIMIL", "MLIREB", "190")], [E("MLIMIL", "MLIREB", "190")]);

        Assert.Equal(new LevelScore(1, 2, 1), twice.DyadRoot);
        Assert.Equal(new LevelScore(1, 2, 1), twice.Full);
        Assert.Equal(new LevelScore(2, 1, 1), once.DyadRoot);
        Assert.Equal(50, once.DyadRoot.Recall);
    }

    [Fact]
    public void The_root_table_counts_gold_predictions_and_hits_per_root()
    {
        var score = ScoreOne(
            [E("PERGOV", "CHLGOV", "036"), E("CHLGOV", "PERGOV", "036"), E("PERGOV", "CHLGOV", "111")],
            [E("PERGOV", "CHLGOV", "036"), E("PERGOV", "CHLGOV", "173")]);

        Assert.Equal(20, score.Roots.Count);
        Assert.Equal(["01", "20"], new[] { score.Roots[0].Root, score.Roots[^1].Root });
        Assert.Equal(new LevelScore(2, 1, 1), score.Roots.Single(r => r.Root == "03").Score);
        Assert.Equal(new LevelScore(1, 0, 0), score.Roots.Single(r => r.Root == "11").Score);
        Assert.Equal(new LevelScore(0, 1, 0), score.Roots.Single(r => r.Root == "17").Score);
        Assert.Null(score.Roots.Single(r => r.Root == "09").Score.F1);
    }

    [Fact]
    public void A_prediction_for_a_sentence_with_no_gold_events_is_a_false_positive_and_not_exact()
    {
        var scorer = new EventScorer();
        scorer.Add("quiet", "test:1", "Nothing happened.", [], [E("FRAGOV", "DEUGOV", "042")], ["no_event", "negation"]);
        scorer.Add("silent", "test:2", "Nothing at all.", [], [], ["no_event"]);
        var score = scorer.Score();

        Assert.Equal(new LevelScore(0, 1, 0), score.DyadRoot);
        Assert.Equal(0, score.DyadRoot.Precision);
        Assert.Null(score.DyadRoot.Recall);
        Assert.Equal(new PhenomenonScore("no_event", 2, 1), score.Phenomena.Single(p => p.Phenomenon == "no_event"));
        Assert.Equal(new PhenomenonScore("negation", 1, 0), score.Phenomena.Single(p => p.Phenomenon == "negation"));
        Assert.Equal((2, 1), (score.Sentences, score.ExactSentences));
        Assert.Equal("quiet", Assert.Single(score.Errors).Id);
    }

    [Fact]
    public void Phenomena_count_a_sentence_exact_only_when_every_dyad_and_root_agrees()
    {
        var scorer = new EventScorer();
        scorer.Add("both", "t:1", "x", [E("GHA", "BFA", "0312"), E("BFA", "GHA", "0312")], [E("GHA", "BFA", "031"), E("BFA", "GHA", "030")], ["coordination"]);
        scorer.Add("half", "t:2", "y", [E("GHA", "BFA", "0312"), E("BFA", "GHA", "0312")], [E("GHA", "BFA", "0312")], ["coordination"]);

        Assert.Equal(new PhenomenonScore("coordination", 2, 1), Assert.Single(scorer.Score().Phenomena));
    }

    [Fact]
    public void Stories_are_scored_but_not_counted_as_sentences()
    {
        var scorer = new EventScorer();
        scorer.Add("story.txt", "articles/story.txt", null, [E("GHA", "BFA", "042")], [E("GHA", "BFA", "042")]);

        var score = scorer.Score();
        Assert.Equal(1, score.DyadRoot.TruePositives);
        Assert.Equal(0, score.Sentences);
        Assert.Empty(score.Phenomena);
    }

    [Fact]
    public void Dates_are_checked_on_matched_events_pairing_same_days_first()
    {
        var monday = new DateOnly(2021, 3, 1);
        var tuesday = new DateOnly(2021, 3, 2);
        var score = ScoreOne(
            [E("IRNGOV", "IRQGOV", "042", monday), E("IRNGOV", "IRQGOV", "042", tuesday), E("IRN", "IRQ", "051", monday)],
            [E("IRNGOV", "IRQGOV", "042", tuesday), E("IRNGOV", "IRQGOV", "042", monday), E("IRN", "IRQ", "051", tuesday)]);

        Assert.Equal(3, score.DyadRoot.TruePositives);
        Assert.Equal(2, score.DatesRight);
        Assert.Equal(200.0 / 3, score.DateAccuracy!.Value, 6);
        var mismatch = Assert.Single(Assert.Single(score.Errors).Mismatches);
        Assert.Equal("051", mismatch.Gold.Cameo);
    }

    [Fact]
    public void Coder_events_and_gold_documents_are_scored_through_their_codes()
    {
        var article = new Article("g-1", "Peru's government sent aid to Ecuador on Tuesday.", Published: new DateTime(2022, 5, 5));
        var gold = new GoldDocument("g-1", "gold.jsonl:1", article, [new GoldEvent("PERGOV", "ECU", "073", new DateOnly(2022, 5, 3))], ["relative_date"]);
        var coded = new Event(
            "g-1", 0, new DateOnly(2022, 5, 3), new Actor("PERGOV", "PER", "GOV"), new Actor("ECUGOV", "ECU", "GOV"), new CameoCode("070"),
            7.0, "AID", null, article.Text, 0, 48, "test", 0.9);
        var scorer = new EventScorer();

        scorer.Add(gold, [coded]);

        var score = scorer.Score();
        Assert.Equal(1, score.DyadRoot.TruePositives);
        Assert.Equal(0, score.Full.TruePositives);
        Assert.Equal(1, score.DatesRight);
        Assert.Equal(article.Text, Assert.Single(score.Errors).Text);
    }
}
