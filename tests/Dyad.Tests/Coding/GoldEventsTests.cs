using Dyad.Coding;

namespace Dyad.Tests.Coding;

public class GoldEventsTests
{
    private const string Sentences =
        """
        {"id":"t-001","published":"2020-02-14","text":"Mongolia's prime minister thanked Japan on Thursday for flood relief.","events":[{"source":"MNGGOV","target":"JPN","cameo":"051","date":"2020-02-13"}],"phenomena":["relative_date","title_name"]}

        {"id":"t-002","published":"2020-02-14","text":"Fiji and Tonga signed a fisheries pact.","events":[{"source":"FJI","target":"TON","cameo":"057"},{"source":"TON","target":"FJI","cameo":"057"}],"phenomena":["coordination"]}
        {"id":"t-003","published":"2020-02-14","text":"Samoa might one day ask for help.","events":[],"phenomena":["modality","no_event"]}

        """;

    private const string Story =
        """
        Laos and Cambodia reopen border post

        Harbour Wire
        Posted: Mar 03, 2021 9:15 AM

        VIENTIANE (Harbour Wire) - Laos and Cambodia reopened a border crossing on Tuesday after a year of closure.

        Traders welcomed the move.
        """;

    [Fact]
    public void A_sentence_file_gives_one_document_per_line_with_its_events_and_phenomena()
    {
        using var dir = new TempFolder();
        var path = dir.Write("sentences-test.jsonl", Sentences);

        var gold = GoldEvents.Read(path);

        Assert.Empty(gold.Problems);
        Assert.Equal(GoldFormat.Sentences, gold.Format);
        Assert.Equal(["t-001", "t-002", "t-003"], gold.Documents.Select(d => d.Id));
        Assert.Equal(3, gold.EventCount);
        var first = gold.Documents[0];
        Assert.Equal(new DateTime(2020, 2, 14), first.Article.Published);
        Assert.StartsWith("Mongolia's prime minister", first.Article.Text, StringComparison.Ordinal);
        Assert.Equal(["relative_date", "title_name"], first.Phenomena);
        Assert.Equal(new GoldEvent("MNGGOV", "JPN", "051", new DateOnly(2020, 2, 13), Line: 1), first.Events.Single());
        Assert.Equal($"{path}:3", gold.Documents[1].Origin);
        Assert.Empty(gold.Documents[2].Events);
    }

    [Fact]
    public void An_event_without_a_date_happened_on_the_publication_day()
    {
        using var dir = new TempFolder();

        var gold = GoldEvents.Read(dir.Write("s.jsonl", Sentences));

        Assert.All(gold.Documents[1].Events, e => Assert.Equal(new DateOnly(2020, 2, 14), e.Date));
    }

    [Fact]
    public void A_story_file_reads_every_story_in_the_articles_folder_even_without_gold_lines()
    {
        using var dir = new TempFolder();
        dir.Write("articles/laos-a1.txt", Story);
        dir.Write("articles/quiet-a2.txt", Story.Replace("reopened a border crossing", "discussed the weather", StringComparison.Ordinal));
        var path = dir.Write(
            "article-events.jsonl",
            """
            {"article": "laos-a1.txt", "source": "LAO", "target": "KHM", "cameo": "0861", "date": "2021-03-02", "sentence": "Laos and Cambodia reopened", "note": "mutual"}
            {"article": "laos-a1.txt", "source": "KHM", "target": "LAO", "cameo": "0861", "date": "2021-03-02", "sentence": "Laos and Cambodia reopened"}
            """);

        var gold = GoldEvents.Read(path);

        Assert.DoesNotContain(gold.Problems, p => p.IsError);
        Assert.Equal(GoldFormat.Articles, gold.Format);
        Assert.Equal(["laos-a1.txt", "quiet-a2.txt"], gold.Documents.Select(d => d.Id));
        Assert.Equal(2, gold.Documents[0].Events.Count);
        Assert.Equal("mutual", gold.Documents[0].Events[0].Note);
        Assert.Equal("Laos and Cambodia reopened", gold.Documents[0].Events[1].Sentence);
        Assert.StartsWith("VIENTIANE", gold.Documents[0].Article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2021, 3, 3, 9, 15, 0), gold.Documents[0].Article.Published);
        Assert.Empty(gold.Documents[1].Events);
    }

    [Fact]
    public void A_gold_line_naming_a_missing_story_is_an_error_on_that_line()
    {
        using var dir = new TempFolder();
        dir.Write("articles/laos-a1.txt", Story);
        var path = dir.Write(
            "article-events.jsonl",
            """
            {"article": "laos-a1.txt", "source": "LAO", "target": "KHM", "cameo": "0861", "date": "2021-03-02", "sentence": "Laos"}
            {"article": "laos-a9.txt", "source": "LAO", "target": "KHM", "cameo": "0861", "date": "2021-03-02", "sentence": "Laos"}
            """);

        var gold = GoldEvents.Read(path);

        var problem = Assert.Single(gold.Problems);
        Assert.StartsWith($"{path}:2: no story 'laos-a9.txt'", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_lines_are_each_named_by_file_and_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write(
            "broken.jsonl",
            """
            {"id":"b-1","published":"2020-01-01","text":"Fine.","events":[],"phenomena":["no_event"]}
            {"id":"b-2","published":"2020-01-01","text":"Broken
            {"id":"b-3","published":"Jan 1","text":"Bad date.","events":[],"phenomena":[]}
            {"id":"b-4","published":"2020-01-01","text":"Bad code.","events":[{"source":"Chile","target":"PER","cameo":"21"}]}
            {"id":"b-1","published":"2020-01-01","text":"Again.","events":[],"phenomena":[]}
            {"article":"x.txt","source":"PER","target":"CHL","cameo":"042","date":"2020-01-01"}
            ["not", "an", "object"]
            """);

        var gold = GoldEvents.Read(path);

        Assert.True(gold.HasErrors);
        var lines = gold.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith($"{path}:2: not valid JSON", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:3: \"published\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:4: event 1: \"source\" is 'Chile'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:4: event 1: \"cameo\" is '21'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:5: the id 'b-1'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:6: a story event", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:7: expected a JSON object", StringComparison.Ordinal));
        Assert.Equal(["b-1"], gold.Documents.Select(d => d.Id));
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "absent.jsonl");

        var gold = GoldEvents.Read(path);

        Assert.Equal($"{path}: no such file", Assert.Single(gold.Problems).ToString());
    }

    [Fact]
    public void A_folder_stands_for_its_jsonl_files_in_name_order()
    {
        using var dir = new TempFolder();
        var b = dir.Write("sentences-b.jsonl", Sentences);
        var a = dir.Write("article-events.jsonl", "");
        dir.Write("README.md", "notes");
        dir.Write("articles/story.txt", Story);

        Assert.Equal([a, b], GoldEvents.FilesIn(dir.Path));
        Assert.Equal([b], GoldEvents.FilesIn(b));
    }
}
