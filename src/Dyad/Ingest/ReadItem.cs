using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>What the reader yields for each input: an article, or a problem with one input.</summary>
public abstract record ReadItem;

/// <summary>An article read successfully.</summary>
public sealed record ArticleRead(Article Article) : ReadItem;

/// <summary>
/// A problem with one input, named by file (and line for JSON lines). Errors mean the input was skipped;
/// warnings mean it was read with a field dropped.
/// </summary>
public sealed record ReadProblem(string Origin, int? Line, string Message, bool IsError = true) : ReadItem
{
    /// <summary>The problem as one line: <c>path:line: message</c>.</summary>
    public override string ToString() => Line is { } line ? $"{Origin}:{line}: {Message}" : $"{Origin}: {Message}";
}
