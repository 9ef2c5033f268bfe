using System.Text;

namespace Dyad.Ingest;

/// <summary>How input files are recognised.</summary>
public enum InputFormat
{
    /// <summary>
    /// By extension (<c>.jsonl</c>, <c>.html</c>, <c>.sgm</c>, <c>.xml</c>/<c>.rss</c>/<c>.atom</c>) or else by the
    /// first bytes (an RSS or Atom root, an HTML or Reuters doctype, and for stdin a leading <c>{</c>).
    /// </summary>
    Auto,

    /// <summary>One article per file: wire-story text with an optional header, or plain text.</summary>
    Text,

    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>An RSS or Atom feed: one article per item.</summary>
    Feed,

    /// <summary>A news web page: one article, its body found among the page's boilerplate.</summary>
    Html,

    /// <summary>Reuters-21578 SGML: one article per story with a body, read story by story.</summary>
    Reuters,
}

/// <summary>Limits and choices for <see cref="ArticleReader"/>.</summary>
public sealed record ReadOptions
{
    /// <summary>
    /// Largest single article accepted, in bytes; a bigger text, feed or HTML file, JSON line or Reuters story is
    /// reported, not read.
    /// </summary>
    public long MaxArticleBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Encoding to decode text with; null means strict UTF-8 (a byte-order mark for UTF-16 is honoured).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>How inputs are recognised.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The defaults: 10 MB articles, strict UTF-8, format by extension.</summary>
    public static ReadOptions Default { get; } = new();
}
