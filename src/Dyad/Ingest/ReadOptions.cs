using System.Text;

namespace Dyad.Ingest;

/// <summary>How input files are recognised.</summary>
public enum InputFormat
{
    /// <summary>By extension (<c>.jsonl</c>, <c>.ndjson</c>) or, for stdin, by a leading <c>{</c>.</summary>
    Auto,

    /// <summary>One article per file: wire-story text with an optional header, or plain text.</summary>
    Text,

    /// <summary>One JSON object per line.</summary>
    JsonLines,
}

/// <summary>Limits and choices for <see cref="ArticleReader"/>.</summary>
public sealed record ReadOptions
{
    /// <summary>Largest single article accepted, in bytes; a bigger text file is reported, not read.</summary>
    public long MaxArticleBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Encoding to decode text with; null means strict UTF-8 (a byte-order mark for UTF-16 is honoured).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>How inputs are recognised.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The defaults: 10 MB articles, strict UTF-8, format by extension.</summary>
    public static ReadOptions Default { get; } = new();
}
