using System.Globalization;
using System.Net;
using System.Text;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>
/// Reads the Reuters-21578 collection's SGML files (<c>&lt;REUTERS NEWID=…&gt;</c> blocks with DATE, TITLE,
/// DATELINE and BODY), one article per story that has a body. Files are Latin-1; entities are decoded.
/// </summary>
public static class ReutersSgml
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Every story with a body in <paramref name="path"/> (a .sgm file), streamed.</summary>
    public static IEnumerable<Article> Read(string path)
    {
        using var reader = new StreamReader(path, Latin1);
        foreach (var item in ReadStories(reader, path, long.MaxValue))
        {
            if (item is ArticleRead read)
            {
                yield return read.Article;
            }
        }
    }

    /// <summary>
    /// Every story with a body in <paramref name="reader"/>, streamed one story at a time; a story longer than
    /// <paramref name="maxStoryChars"/> is reported and skipped. Origins are <c>origin#newid-N</c>.
    /// </summary>
    public static IEnumerable<ReadItem> ReadStories(TextReader reader, string origin, long maxStoryChars)
    {
        var block = new StringBuilder();
        var inStory = false;
        var tooLarge = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("<REUTERS", StringComparison.Ordinal))
            {
                block.Clear();
                inStory = true;
                tooLarge = false;
            }

            if (!inStory)
            {
                continue;
            }

            // An oversized story keeps only its opening line, for its NEWID; a file without </REUTERS> cannot grow without end.
            if (!tooLarge && block.Length + line.Length + 1 > maxStoryChars)
            {
                tooLarge = true;
            }
            else if (!tooLarge)
            {
                block.Append(line).Append('\n');
            }

            if (line.StartsWith("</REUTERS>", StringComparison.Ordinal))
            {
                inStory = false;
                var story = block.ToString();
                var id = Attribute(story, "NEWID");
                var where = id is null ? origin : $"{origin}#newid-{id}";
                if (tooLarge)
                {
                    yield return new ReadProblem(where, null, $"the story is larger than the {Units.Megabytes(maxStoryChars)} limit for one article (raise it with --max-size)");
                }
                else if (Parse(story, where) is { } article)
                {
                    yield return new ArticleRead(article);
                }
            }
        }
    }

    private static Article? Parse(string block, string origin)
    {
        var body = Element(block, "BODY");
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var id = Attribute(block, "NEWID") ?? ArticleId.FromText(body);
        var dateline = Element(block, "DATELINE")?.Trim();
        var place = dateline is null ? null : dateline.Split(',', '-')[0].Trim();
        DateTime? published = DateTime.TryParseExact(
            Element(block, "DATE")?.Trim().Split('.')[0], "d-MMM-yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
        return new Article(
            "reuters-" + id,
            Clean(body),
            Title: Element(block, "TITLE") is { } title ? Clean(title) : null,
            Source: "Reuters",
            Published: published,
            Dateline: string.IsNullOrEmpty(place) ? null : place,
            Wire: "Reuters",
            Origin: origin);
    }

    private static string? Element(string block, string name)
    {
        var open = block.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        open += name.Length + 2;
        var close = block.IndexOf("</" + name + ">", open, StringComparison.Ordinal);
        return close < 0 ? null : WebUtility.HtmlDecode(block[open..close]);
    }

    private static string? Attribute(string block, string name)
    {
        var at = block.IndexOf(name + "=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        at += name.Length + 2;
        var end = block.IndexOf('"', at);
        return end < 0 ? null : block[at..end];
    }

    // Bodies end with a "Reuter" sign-off and carry control characters from the wire; both go.
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
        }

        var cleaned = builder.ToString().TrimEnd();
        if (cleaned.EndsWith("Reuter", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = cleaned[..^6].TrimEnd();
        }

        return cleaned;
    }
}
