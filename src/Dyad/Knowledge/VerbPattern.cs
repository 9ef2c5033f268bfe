using Dyad.Domain;

namespace Dyad.Knowledge;

/// <summary>
/// A verb pattern: the main verb, then the words that must be found among its dependents, in order, with
/// <c>+</c> for the target (see knowledge/README.md). <c>sign agreement/accord with +</c> yields 057.
/// </summary>
public sealed record VerbPattern(CameoCode Code, string Text, PatternPart[] Parts, bool Mutual, SourceLine Source)
{
    /// <summary>The lemmas of the main verb (usually one).</summary>
    public string[] Verbs => Parts[0].Words;

    /// <summary>True when the pattern names where the target stands.</summary>
    public bool HasTarget => Array.Exists(Parts, p => p.IsTarget);

    /// <summary>Splits <paramref name="text"/> into parts; returns null with <paramref name="error"/> set when it is malformed.</summary>
    public static PatternPart[]? ParseParts(string text, out string? error)
    {
        error = null;
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            error = "the pattern is empty";
            return null;
        }

        var parts = new PatternPart[tokens.Length];
        var targets = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token == "+")
            {
                targets++;
                parts[i] = PatternPart.Target;
                continue;
            }

            var words = token.Split('/');
            foreach (var word in words)
            {
                if (word.Length == 0 || !IsLemma(word))
                {
                    error = $"'{token}' is not a lower-case word, a/b alternatives or '+'";
                    return null;
                }
            }

            parts[i] = new PatternPart(words);
        }

        if (parts[0].IsTarget)
        {
            error = "a pattern starts with its verb, not '+'";
            return null;
        }

        if (targets > 1)
        {
            error = "a pattern has at most one '+' (the target)";
            return null;
        }

        return parts;
    }

    private static bool IsLemma(string word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLower(c) || c is '-' or '\'' || char.IsDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One place of a verb pattern: alternative lemmas, or the target slot when <see cref="Words"/> is empty.</summary>
public sealed record PatternPart(string[] Words)
{
    /// <summary>The target slot, <c>+</c>.</summary>
    public static PatternPart Target { get; } = new PatternPart([]);

    /// <summary>True for the target slot.</summary>
    public bool IsTarget => Words.Length == 0;

    /// <inheritdoc/>
    public override string ToString() => IsTarget ? "+" : string.Join('/', Words);
}
