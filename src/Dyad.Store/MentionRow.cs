namespace Dyad.Store;

/// <summary>One report of an event as GDELT's mentions table needs it: the event, the article, where in its text.</summary>
public sealed record MentionRow(
    long EventId,
    DateTime EventAdded,
    DateTime MentionAdded,
    string ArticleId,
    string? Url,
    string? Source,
    int ArticleLength,
    int SentenceIndex,
    Dyad.Domain.Highlights? Highlights,
    double Confidence);
