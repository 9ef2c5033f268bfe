using Dyad.Domain;

namespace Dyad.Store;

/// <summary>An event as stored: merged over its reports, with GDELT's counts and the first report's evidence.</summary>
public sealed record StoredEvent(
    long Id,
    DateOnly? Day,
    Actor Source,
    Actor? Target,
    CameoCode Code,
    double Goldstein,
    string? Plover,
    Place? Place,
    int NumMentions,
    int NumSources,
    int NumArticles,
    bool IsRoot,
    string FirstArticleId,
    string? SourceUrl,
    string Sentence,
    DateTime Added);

/// <summary>One report of a stored event: which article and sentence said it, where, by which rule.</summary>
public sealed record StoredMention(
    long EventId,
    string ArticleId,
    string? ArticleTitle,
    string? ArticleSource,
    string? ArticleUrl,
    DateTime? Published,
    int SentenceIndex,
    int SpanStart,
    int SpanEnd,
    string Sentence,
    string Rule,
    double Confidence,
    string? SourceName,
    string? TargetName,
    string? Quote,
    Highlights? Highlights);
