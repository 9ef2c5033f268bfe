using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>
/// Reads one news page: finds the article body (<c>[itemprop=articleBody]</c>, <c>&lt;article&gt;</c>,
/// <c>&lt;main&gt;</c>, else the element whose paragraphs hold the most text), drops the page's boilerplate,
/// and takes title, url, date, source and byline from the page's metadata.
/// </summary>
public static class HtmlArticle
{
    /// <summary>Fewer words than this in the body means the page holds no article (a front page, a menu).</summary>
    public const int MinBodyWords = 40;

    private const string BoilerplateTags = "nav, header, footer, aside, form, script, style, noscript, figcaption, template, iframe";

    private static readonly string[] BoilerplateWords =
        ["share", "related", "comment", "cookie", "newsletter", "advert", "promo", "subscribe", "byline"];

    /// <summary>The article in <paramref name="html"/>, after any warnings; a page without a body is an error.</summary>
    public static IEnumerable<ReadItem> Read(string html, string origin)
    {
        var document = new HtmlParser().ParseDocument(html);
        var candidate = Candidate(document);

        // Metadata is taken before boilerplate goes, since a story's headline, byline and <time> sit in its header.
        var title = Meta(document, "meta[property='og:title']") ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);
        var byline = Meta(document, "meta[name='author']")
            ?? document.QuerySelectorAll("[rel~='author']").Select(e => Clean(e.TextContent)).FirstOrDefault(t => t is not null);
        var url = Clean(document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Meta(document, "meta[property='og:url']");
        var dateText = Meta(document, "meta[property='article:published_time']")
            ?? Meta(document, "meta[name='date']")
            ?? TimeIn(candidate)
            ?? TimeIn(document.Body);

        RemoveBoilerplate(document, candidate);
        var text = candidate is null ? "" : HtmlText.FromElement(candidate);
        if (HtmlText.CountWords(text) < MinBodyWords && BestParagraphParent(document) is { } fallback)
        {
            text = HtmlText.FromElement(fallback);
        }

        if (HtmlText.CountWords(text) < MinBodyWords)
        {
            yield return new ReadProblem(origin, null, "no article body found in this HTML page (only navigation or too little paragraph text)");
            yield break;
        }

        DateTime? published = null;
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

        if (!EnglishCheck.LooksEnglish(text))
        {
            yield return new ReadProblem(origin, null, "the text does not look like English; Dyad codes English news only, so it may yield no events", IsError: false);
        }

        var dateline = Dateline.Match(text);
        yield return new ArticleRead(new Article(
            Id: ArticleId.FromText(text),
            Text: text,
            Title: title,
            Source: Meta(document, "meta[property='og:site_name']"),
            Byline: byline,
            Published: published,
            Dateline: dateline?.Place,
            Wire: dateline?.Wire,
            Url: url,
            Origin: origin));
    }

    // The explicit markers of a story, in order of trust; among several <article>s the longest is the story.
    private static IElement? Candidate(IHtmlDocument document)
    {
        foreach (var selector in (ReadOnlySpan<string>)["[itemprop='articleBody']", "article", "main"])
        {
            var best = document.QuerySelectorAll(selector).MaxBy(e => e.TextContent.Length);
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private static void RemoveBoilerplate(IHtmlDocument document, IElement? keep)
    {
        // The headline and a stand-alone <time> are the title and date, not the story: a dateline must open the text.
        var doomed = document.QuerySelectorAll(BoilerplateTags)
            .Concat(document.QuerySelectorAll("[class], [id]").Where(IsBoilerplateByName))
            .Concat(document.QuerySelectorAll("h1"))
            .Concat(document.QuerySelectorAll("time").Where(t => t.Closest("p") is null))
            .Where(e => keep is null || (e != keep && !e.Contains(keep)))
            .ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsBoilerplateByName(IElement element)
    {
        if (element is IHtmlBodyElement or IHtmlHtmlElement)
        {
            return false;
        }

        var name = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        return BoilerplateWords.Any(word => name.Contains(word, StringComparison.Ordinal));
    }

    // Pages without markup for the story: the block whose own paragraphs hold the most text is the story.
    private static IElement? BestParagraphParent(IHtmlDocument document) =>
        document.QuerySelectorAll("p")
            .Select(p => p.ParentElement)
            .OfType<IElement>()
            .Distinct()
            .MaxBy(parent => parent.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length));

    private static string? TimeIn(IElement? scope) =>
        Clean(scope?.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

    private static string? Meta(IHtmlDocument document, string selector) =>
        Clean(document.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
