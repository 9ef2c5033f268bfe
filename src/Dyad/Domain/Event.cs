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
    string? Quote = null)
{
    /// <summary>Where the sentence, the source, the verb and the target stand in the article text, for highlighting.</summary>
    public Highlights? Highlights { get; init; }
}

/// <summary>Character offsets into the article text of an event's sentence start, source, verb and target (ends exclusive).</summary>
public sealed record Highlights(int SentenceStart, int SourceStart, int SourceEnd, int VerbStart, int VerbEnd, int TargetStart, int TargetEnd);
