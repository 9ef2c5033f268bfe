namespace Dyad.Domain;

/// <summary>
/// One coded event with its evidence: who did what to whom, when and where, and the sentence, span and rule
/// that produced it.
/// </summary>
public sealed record Event(
    string ArticleId,
    int SentenceIndex,
    DateOnly? Date,
    Actor Source,
    Actor? Target,
    CameoCode Code,
    double Goldstein,
    string? Plover,
    Place? Location,
    string Sentence,
    int SpanStart,
    int SpanEnd,
    string Rule,
    double Confidence,
    string? Quote = null);
