using Dyad.Domain;

namespace Dyad.Coding;

/// <summary>The event coder, part four: when a reported or announced action happened.</summary>
public sealed partial class EventCoder
{
    /// <summary>The date of the nearest verb above <paramref name="v"/> that has one.</summary>
    private static DateOnly? AncestorDate(ReadOnlySpan<Token> tokens, int v, DateOnly published)
    {
        var node = tokens[v].Head;
        for (var steps = 0; node >= 0 && steps < 5; steps++, node = tokens[node].Head)
        {
            if (tokens[node].Upos == "VERB" && DateResolver.Resolve(tokens, node, published) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date of the verb of saying outside quotation marks in a sentence ("…," he said on Monday).</summary>
    private static DateOnly? AttributionDate(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, DateOnly published)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!inQuote[i] && tokens[i].Upos == "VERB" && tokens[i].Lemma is { } lemma && Dyad.Actors.Coreference.SayVerbs.Contains(lemma))
            {
                return DateResolver.Resolve(tokens, i, published);
            }
        }

        return null;
    }

    /// <summary>An announcement inside a quotation is dated by its attribution, in this sentence or one of the next.</summary>
    private DateOnly? QuotedDate(int s, bool quoted, string? stanceRule)
    {
        if (!quoted || stanceRule is null)
        {
            return null;
        }

        for (var k = s; k < attributionDates.Count && k <= s + 3; k++)
        {
            if (attributionDates[k] is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
