using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>
/// Reads an RSS (2.0, 1.0, 0.9x) or Atom feed: each item becomes an article with its link, date, author and the
/// plain text of its full content (or else its description), named <c>path#item-N</c>.
/// </summary>
public static class FeedArticles
{
    /// <summary>Every item of the feed in <paramref name="xml"/>, with a problem for each item or field that is unusable.</summary>
    public static IEnumerable<ReadItem> Read(string xml, string origin)
    {
        var (feed, problem) = Parse(xml.TrimStart());
        if (feed is null)
        {
            yield return new ReadProblem(origin, null, problem!);
            yield break;
        }

        if (feed.Items is not { Count: > 0 })
        {
            yield return new ReadProblem(origin, null, "the feed has no items", IsError: false);
            yield break;
        }

        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            foreach (var read in ReadItem(feed, item, $"{origin}#item-{number}", number))
            {
                yield return read;
            }
        }
    }

    private static IEnumerable<ReadItem> ReadItem(Feed feed, FeedItem item, string origin, int number)
    {
        var link = Clean(item.Link);
        var html = Clean(item.Content) ?? Clean(item.Description);
        var text = html is null ? "" : HtmlText.FromHtml(html);
        if (text.Length == 0)
        {
            var where = link is null ? "" : $" ({link})";
            yield return new ReadProblem(origin, null, $"item {number}{where} has no text: neither content nor a description");
            yield break;
        }

        DateTime? published = null;
        var dateText = Clean(item.PublishingDateString) ?? Clean((item.SpecificItem as AtomFeedItem)?.UpdatedDateString);
        if (dateText is not null)
        {
            if (NewsDate.TryParse(dateText, out var when, out var why))
            {
                published = when;
            }
            else
            {
                yield return new ReadProblem(origin, null, $"{why}; the article is read without a date", IsError: false);
            }
        }

        var dateline = Dateline.Match(text);
        yield return new ArticleRead(new Article(
            Id: ArticleId.FromText(text),
            Text: text,
            Title: Clean(item.Title) is { } title ? HtmlText.FromHtml(title) : null,
            Source: Clean((item.SpecificItem as Rss20FeedItem)?.Source?.Value) ?? Clean(feed.Title),
            Byline: Author(item),
            Published: published,
            Dateline: dateline?.Place,
            Wire: dateline?.Wire,
            Url: link,
            Origin: origin));
    }

    // The XML is checked first so that a broken feed is reported with the parser's line and column, and a
    // feed without its required elements (the library throws NullReferenceException on those) is named.
    private static (Feed? Feed, string? Problem) Parse(string xml)
    {
        XElement root;
        try
        {
            root = XDocument.Parse(xml).Root!;
        }
        catch (XmlException e)
        {
            return (null, $"not a valid RSS or Atom feed: {e.Message}");
        }

        var name = root.Name.LocalName;
        if (name is not ("rss" or "feed" or "RDF"))
        {
            return (null, $"an XML file, but not an RSS or Atom feed (its root element is <{root.Name.LocalName}>, not <rss> or <feed>)");
        }

        if (name is "rss" or "RDF" && !root.Elements().Any(e => e.Name.LocalName == "channel"))
        {
            return (null, $"not a valid RSS or Atom feed: <{name}> has no <channel>");
        }

        try
        {
            return (FeedReader.ReadFromString(xml), null);
        }
        catch (FeedTypeNotSupportedException e)
        {
            return (null, $"an XML file, but not an RSS or Atom feed ({e.Message})");
        }
    }

    // RSS writes authors as "email (Name)"; the name is the byline.
    private static string? Author(FeedItem item)
    {
        var author = Clean(item.Author) ?? Clean((item.SpecificItem as Rss20FeedItem)?.DC?.Creator);
        if (author is not null && author.EndsWith(')') && author.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open
            && author[..open].Contains('@', StringComparison.Ordinal))
        {
            return author[(open + 2)..^1].Trim();
        }

        return author;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
