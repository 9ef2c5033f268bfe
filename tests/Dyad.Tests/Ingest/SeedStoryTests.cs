using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

/// <summary>The wire story Dyad was started from, read from ../shared/seed (never copied into the project).</summary>
public class SeedStoryTests
{
    [Fact]
    public void The_seed_story_header_is_read_into_fields()
    {
        var seed = Samples.Shared ?? throw new InvalidOperationException("../shared is not beside the repository");

        var read = new ArticleReader().Read([Path.Combine(seed, "seed")]).ToList();

        var article = Assert.Single(read.OfType<ArticleRead>()).Article;
        Assert.Empty(read.OfType<ReadProblem>());
        Assert.Equal(new DateTime(2012, 10, 6, 14, 38, 0), article.Published);
        Assert.Equal("Reuters News", article.Source);
        Assert.Equal("David Alexander", article.Byline);
        Assert.Equal("Lima", article.Dateline);
        Assert.Equal("Reuters", article.Wire);
        Assert.StartsWith("Touring South America", article.Title);
        Assert.StartsWith("LIMA (Reuters) - ", article.Text);
    }
}
