using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dyad.Ingest;

/// <summary>
/// Turns HTML into plain text as a reader sees it: one paragraph per block element, separated by a blank line,
/// entities decoded, whitespace collapsed, and scripts, styles and other non-text elements dropped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "button", "select", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "section", "article", "main", "header", "footer", "aside", "nav", "table", "tr", "td", "th", "figure",
        "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "body",
    };

    /// <summary>The plain text of an HTML fragment or document (a feed item's content, say).</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is { } body ? FromElement(body) : "";
    }

    /// <summary>The plain text of <paramref name="element"/> and everything inside it.</summary>
    public static string FromElement(IElement element)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(element, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Words in <paramref name="text"/>, counted as runs of letters or digits.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    // Line breaks in the source are layout, not text: only <br> breaks a line.
                    current.Append(text.Data.Replace('\n', ' '));
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    current.Append('\n');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    Flush(current, paragraphs);
                    Walk(e, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement e:
                    Walk(e, current, paragraphs);
                    break;
            }
        }
    }

    // Lines broken by <br> stay lines within the paragraph; every other run of whitespace becomes one space.
    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var lines = current.ToString().Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }
}
