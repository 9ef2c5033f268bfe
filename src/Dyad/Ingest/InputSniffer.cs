using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Ingest;

/// <summary>
/// Decides how an input is read when the format is <see cref="InputFormat.Auto"/>: by the file's extension and,
/// where that says nothing certain, by the markup its first bytes open with.
/// </summary>
public static partial class InputSniffer
{
    /// <summary>
    /// The format of <paramref name="path"/> (null for stdin) whose first bytes are <paramref name="head"/>.
    /// Feed extensions (.xml, .rss, .atom) are feeds unless the bytes say HTML or Reuters SGML.
    /// </summary>
    public static InputFormat Resolve(string? path, ReadOnlySpan<byte> head)
    {
        if (ByName(path) is { } named)
        {
            return named;
        }

        var sniffed = Sniff(head);
        if (IsFeedName(path))
        {
            return sniffed is InputFormat.Html or InputFormat.Reuters ? sniffed.Value : InputFormat.Feed;
        }

        if (sniffed is { } format)
        {
            return format;
        }

        return path is null && SkipSpace(head).StartsWith("{"u8) ? InputFormat.JsonLines : InputFormat.Text;
    }

    /// <summary>The format an extension settles without looking inside (.jsonl, .html, .sgm), else null.</summary>
    public static InputFormat? ByName(string? path) => Path.GetExtension(path)?.ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".jsonlines" => InputFormat.JsonLines,
        ".html" or ".htm" => InputFormat.Html,
        ".sgm" => InputFormat.Reuters,
        _ => null,
    };

    /// <summary>
    /// The markup format the bytes open with: an RSS, RDF or Atom root (after any XML declaration, comments and
    /// doctype), an HTML doctype or root, or a Reuters-21578 doctype or story. Null for anything else.
    /// </summary>
    public static InputFormat? Sniff(ReadOnlySpan<byte> head)
    {
        var rest = SkipSpace(head);
        while (rest.StartsWith("<?"u8) || rest.StartsWith("<!--"u8))
        {
            var close = rest.StartsWith("<?"u8) ? rest.IndexOf("?>"u8) : rest.IndexOf("-->"u8);
            if (close < 0)
            {
                return null;
            }

            rest = SkipSpace(rest[(close + (rest[1] == (byte)'?' ? 2 : 3))..]);
        }

        if (StartsWithIgnoreCase(rest, "<!DOCTYPE"u8))
        {
            var name = SkipSpace(rest[9..]);
            if (StartsWithIgnoreCase(name, "html"u8))
            {
                return InputFormat.Html;
            }

            if (StartsWithIgnoreCase(name, "lewis"u8))
            {
                return InputFormat.Reuters;
            }

            var close = rest.IndexOf((byte)'>');
            rest = close < 0 ? [] : SkipSpace(rest[(close + 1)..]);
        }

        return rest switch
        {
            _ when IsTag(rest, "rss"u8) || IsTag(rest, "feed"u8) || IsTag(rest, "rdf:RDF"u8) => InputFormat.Feed,
            _ when IsTag(rest, "html"u8) => InputFormat.Html,
            _ when IsTag(rest, "REUTERS"u8) => InputFormat.Reuters,
            _ => null,
        };
    }

    /// <summary>
    /// The encoding that markup declares in its first bytes (<c>&lt;?xml … encoding="…"?&gt;</c> or
    /// <c>&lt;meta charset="…"&gt;</c>), when it is one .NET knows; null when none is declared.
    /// </summary>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]);
        var m = XmlEncoding().Match(ascii);
        if (!m.Success)
        {
            m = MetaCharset().Match(ascii);
        }

        if (!m.Success)
        {
            return null;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(m.Groups[1].Value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsFeedName(string? path) =>
        Path.GetExtension(path)?.ToLowerInvariant() is ".xml" or ".rss" or ".atom";

    private static bool IsTag(ReadOnlySpan<byte> s, ReadOnlySpan<byte> name) =>
        s.Length > name.Length + 1 && s[0] == (byte)'<' && StartsWithIgnoreCase(s[1..], name)
        && s[name.Length + 1] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix) =>
        s.Length >= prefix.Length && Ascii.EqualsIgnoreCase(s[..prefix.Length], prefix);

    private static ReadOnlySpan<byte> SkipSpace(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            s = s[3..];
        }

        return s.TrimStart(" \t\r\n"u8);
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
