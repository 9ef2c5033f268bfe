using Dyad.Store;
using Dyad.Tests.Coding;
using static Dyad.Tests.Store.Reports;

namespace Dyad.Tests.Store;

public class RecoderTests
{
    private const string Text = "Peruvian President Ollanta Humala met U.S. Defense Secretary Leon Panetta in Lima on Saturday. "
        + "Shining Path rebels attacked a Peruvian army patrol near Ayacucho on Friday.";

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Recode_replaces_changed_events_and_reports_what_changed(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var article = Article("a", Text);
        var fresh = BuiltInCoder.Coder.Code(article);
        Assert.True(fresh.Count >= 2, BuiltInCoder.Show(fresh));

        // The "old knowledge" coded the first report differently and saw an event that is not there; another
        // article, already coded with the new knowledge, reports that same phantom event.
        var misread = fresh[0] with { Code = new Dyad.Domain.CameoCode("190") };
        var phantom = Event("a", Usa, Rebels, "172", sentence: 5, start: 900);
        store.Save([Coded(article, misread, phantom)], "old");
        store.Save([Coded(Article("b", "Another story."), phantom with { ArticleId = "b" })], "new");

        var totals = new Recoder(store, BuiltInCoder.Coder, "new").Run();

        Assert.Equal(new RecodeTotals(1, 1, fresh.Count - 1, 1, 1, 0), totals);
        var stored = store.Events(new EventQuery()).ToList();
        var keys = stored.Select(e => $"{e.Source.Code} {e.Code.Value} {e.Target?.Code}").Order().ToList();
        var expected = fresh.Select(e => $"{e.Source.Code} {e.Code.Value} {e.Target?.Code}").Distinct()
            .Append("USAGOV 172 PERREB").Order().ToList();
        Assert.Equal(expected, keys);
        Assert.DoesNotContain(stored, e => e.Code.Value == "190" && e.Source.Code == fresh[0].Source.Code && e.Target?.Code == fresh[0].Target?.Code);
        var survivor = stored.Single(e => e.Code.Value == "172");
        Assert.Equal((1, 1), (survivor.NumMentions, survivor.NumArticles));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Recode_skips_articles_already_coded_with_the_current_knowledge(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var article = Article("a", Text);
        store.Save([Coded(article, [.. BuiltInCoder.Coder.Code(article)])], "old");
        var before = store.Events(new EventQuery()).Select(e => e.Id).Order().ToList();

        var first = new Recoder(store, BuiltInCoder.Coder, "new").Run();
        var second = new Recoder(store, BuiltInCoder.Coder, "new").Run();
        var forced = new Recoder(store, BuiltInCoder.Coder, "new") { All = true }.Run();

        Assert.Equal((1, 0), (first.Articles, first.Changed));
        Assert.Equal(0, second.Articles);
        Assert.Equal((1, 0, before.Count), (forced.Articles, forced.Changed, forced.Unchanged));
        Assert.Equal(before, store.Events(new EventQuery()).Select(e => e.Id).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Dry_run_reports_changes_without_writing(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var article = Article("a", Text);
        store.Save([Coded(article, Event("a", Usa, Rebels, "172", sentence: 5, start: 900))], "old");

        var totals = new Recoder(store, BuiltInCoder.Coder, "new") { DryRun = true }.Run();

        Assert.Equal((1, 1, 1), (totals.Articles, totals.Changed, totals.Removed));
        Assert.Equal("172", Assert.Single(store.Events(new EventQuery())).Code.Value);
        Assert.Equal(1, new Recoder(store, BuiltInCoder.Coder, "new") { DryRun = true }.Run().Articles);
    }
}
