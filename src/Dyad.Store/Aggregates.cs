namespace Dyad.Store;

/// <summary>The periods events are counted in.</summary>
public enum Interval
{
    /// <summary>Calendar days.</summary>
    Day,

    /// <summary>ISO weeks, starting on Monday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,
}

/// <summary>Events from one country to another in one period: count, summed Goldstein, count per QuadClass (1–4).</summary>
public sealed record DyadRow(DateOnly Period, string Source, string Target, int Events, double Goldstein, int[] Quad);

/// <summary>Events a country takes part in (as source or target) and their mean Goldstein score.</summary>
public sealed record CountryRow(string Country, int Events, double GoldsteinMean);

/// <summary>One period of a timeline: events, mean Goldstein, count per QuadClass (1–4).</summary>
public sealed record TimelineRow(DateOnly Period, int Events, double GoldsteinMean, int[] Quad);

/// <summary>A stored article with the spans of the events coded from it.</summary>
public sealed record StoredArticle(
    string Id, string? Title, string? Source, string? Url, DateTime? Published, string? Dateline, string Text, IReadOnlyList<ArticleEvent> Events);

/// <summary>One event report in a stored article.</summary>
public sealed record ArticleEvent(
    long EventId, string Cameo, string? Plover, string Source, string? Target, int SentenceIndex, int SpanStart, int SpanEnd, Dyad.Domain.Highlights? Highlights);
