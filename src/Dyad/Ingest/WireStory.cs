using System.Text.RegularExpressions;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>
/// Reads one article in the plain-text wire format: an optional header (headline, source line,
/// <c>Posted: Oct 06, 2012 2:38 PM</c>, byline) then the body, which may open with a dateline.
/// Text without such a header is read as a body, with a short first line taken as its headline.
/// </summary>
public static partial class WireStory
{
    private const int HeaderLineLimit = 12;

    /// <summary>Parses <paramref name="text"/> into an article; <paramref name="warnings"/> collects fields that were dropped.</summary>
    public static Article Parse(string text, string origin, List<string> warnings)
    {
        var lines = SplitLines(text);
        string? title = null, source = null, byline = null, dateText = null;
        var bodyLine = FindBody(lines, text, out var hasHeader);

        if (hasHeader)
        {
            for (var i = 0; i < bodyLine; i++)
            {
                var line = lines[i].Text.Trim();
                if (line.Length == 0 || line == title)
                {
                    continue;
                }

                if (title is null)
                {
                    title = line;
                }
                else if (DateLine().Match(line) is { Success: true } d)
                {
                    dateText = d.Groups[1].Value;
                }
                else if (BylineLine().Match(line) is { Success: true } b)
                {
                    byline = b.Groups[1].Value.Trim();
                }
                else
                {
                    source ??= line;
                }
            }
        }

        var bodyStart = bodyLine < lines.Count ? lines[bodyLine].Start : text.Length;
        var body = text[bodyStart..].Trim();
        DateTime? published = null;
        if (dateText is not null)
        {
            if (NewsDate.TryParse(dateText, out var when, out var why))
            {
                published = when;
            }
            else
            {
                warnings.Add($"{why}; the article is read without a date");
            }
        }

        var dateline = Dateline.Match(body);
        return new Article(
            Id: ArticleId.FromText(body),
            Text: body,
            Title: title,
            Source: source,
            Byline: byline,
            Published: published,
            Dateline: dateline?.Place,
            Wire: dateline?.Wire,
            Origin: origin);
    }

    /// <summary>Index of the first body line; sets <paramref name="hasHeader"/> when the lines before it are a header.</summary>
    private static int FindBody(List<(int Start, string Text)> lines, string text, out bool hasHeader)
    {
        var lastMarker = -1;
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < HeaderLineLimit; i++)
        {
            var line = lines[i].Text.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            if (i > 0 && Dateline.Match(line) is not null)
            {
                hasHeader = true;
                return i;
            }

            if (DateLine().IsMatch(line) || BylineLine().IsMatch(line))
            {
                lastMarker = i;
            }
        }

        if (lastMarker >= 0)
        {
            hasHeader = true;
            var firstTitle = lines.Find(l => l.Text.Trim().Length > 0).Text.Trim();
            for (var i = lastMarker + 1; i < lines.Count; i++)
            {
                var line = lines[i].Text.Trim();
                if (line.Length > 0 && line != firstTitle)
                {
                    return i;
                }
            }

            return lines.Count;
        }

        // No header: a short first line standing alone, without closing punctuation, is a headline.
        hasHeader = false;
        if (lines.Count > 2 && lines[1].Text.Trim().Length == 0)
        {
            var first = lines[0].Text.Trim();
            if (first.Length is > 0 and <= 150 && !".!?\"'”:".Contains(first[^1], StringComparison.Ordinal)
                && text.AsSpan(lines[1].Start).Trim().Length > 0)
            {
                hasHeader = true;
                return 1;
            }
        }

        return 0;
    }

    private static List<(int Start, string Text)> SplitLines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            lines.Add((start, text[start..end]));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:Posted|Published|Updated|Date|Dated)\s*:\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^By\s+([A-Z][^\n]{1,80})$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLine();
}
