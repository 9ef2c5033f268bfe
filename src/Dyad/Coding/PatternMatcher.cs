using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>The verb pattern that fits a clause best, the token its target slot fell on and the verbs it used up.</summary>
public readonly record struct PatternMatch(VerbPattern Pattern, int Target, int LastToken, int Score, int[] Used);

/// <summary>
/// Reads verb patterns against one clause: the verb's phrase (objects, prepositional phrases, particles and the
/// verbs it governs through "to"), without its subject or the clauses hung on it. Pattern words are matched as
/// lemmas in the order written; <c>+</c> takes the object, or the noun after the preposition before it.
/// </summary>
public sealed class PatternMatcher
{
    private readonly List<int> clause = [];
    private readonly int[] matched = new int[16];

    /// <summary>The best pattern of <paramref name="patterns"/> at <paramref name="verb"/>; null when none fits.</summary>
    /// <param name="tokens">The sentence.</param>
    /// <param name="tree">Its parse, loaded.</param>
    /// <param name="verb">The verb token.</param>
    /// <param name="patterns">Patterns whose main verb is the verb's lemma.</param>
    /// <param name="isActor">Whether each token heads (or holds) an actor mention, for the target slot.</param>
    public PatternMatch? Best(ReadOnlySpan<Token> tokens, ParseTree tree, int verb, VerbPattern[] patterns, ReadOnlySpan<bool> isActor)
    {
        clause.Clear();
        verbToken = verb;
        currentTree = tree;
        Collect(tokens, tree, verb, true);
        clause.Sort();
        PatternMatch? best = null;
        foreach (var pattern in patterns)
        {
            if (!Fits(tokens, pattern, isActor, out var target, out var spread))
            {
                continue;
            }

            // More pattern words is a more specific reading; among equals, the one whose words lie closer together.
            var score = (pattern.Parts.Length * 1000) - spread;
            if (best is null || score > best.Value.Score)
            {
                var last = verb;
                for (var k = 1; k < pattern.Parts.Length; k++)
                {
                    last = Math.Max(last, matched[k]);
                }

                best = new PatternMatch(pattern, target, last, score, matched[..pattern.Parts.Length]);
            }
        }

        return best;
    }

    /// <summary>The tokens the last successful <see cref="Best"/> call looked at, for marking verbs used up.</summary>
    public IReadOnlyList<int> Clause => clause;

    private int verbToken;
    private ParseTree? currentTree;
    private VerbPattern? currentPattern;

    private bool Fits(ReadOnlySpan<Token> tokens, VerbPattern pattern, ReadOnlySpan<bool> isActor, out int target, out int spread)
    {
        target = -1;
        spread = 0;
        var parts = pattern.Parts;
        currentPattern = pattern;
        if (parts.Length > matched.Length)
        {
            return false;
        }

        var from = 0;
        var previous = -1;
        matched[0] = verbToken;
        for (var k = 1; k < parts.Length; k++)
        {
            var part = parts[k];
            var found = -1;
            for (var c = from; c < clause.Count; c++)
            {
                var t = clause[c];
                if (part.IsTarget ? IsTargetSlot(tokens, t, previous, isActor) : HasLemma(tokens[t], part.Words) && !IsTimePreposition(tokens, t)
                    && AttachesToPattern(tokens, t, k))
                {
                    found = c;
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            var token = clause[found];
            matched[k] = token;
            if (part.IsTarget)
            {
                target = token;
            }

            spread += previous < 0 ? 0 : Math.Abs(token - previous);
            previous = token;
            from = found + 1;
        }

        return true;
    }

    private static bool IsTargetSlot(ReadOnlySpan<Token> tokens, int t, int previous, ReadOnlySpan<bool> isActor)
    {
        if (!isActor[t])
        {
            return false;
        }

        if (previous >= 0 && tokens[previous].Upos == "ADP" && tokens[previous].Relation != "compound:prt")
        {
            // The noun a preposition introduces is its head in UD ("with" ← "Peru"), or a word of its phrase
            // the parser hung it on ("on three generals" with "on" under "three").
            var noun = tokens[previous].Head;
            return noun == t || (noun >= 0 && tokens[noun].Head == t);
        }

        return tokens[t].Relation is "obj" or "iobj" or "nsubj:pass" or "obl:npmod";
    }

    /// <summary>
    /// A preposition of a pattern must belong to the pattern's own phrase: the phrase it introduces hangs from the
    /// verb or from a word already matched ("agree on" is not the "on" of "raids by groups on villages").
    /// </summary>
    private bool AttachesToPattern(ReadOnlySpan<Token> tokens, int t, int part)
    {
        if (tokens[t].Relation is "case" or "mark" or "fixed" && tokens[t].Upos is not ("ADP" or "PART" or "SCONJ"))
        {
            // "according to" is no form of "accord".
            return false;
        }

        // The verb after a pattern's "to" is the one that "to" marks ("agree to update", not a later "toward deepening").
        var before = part > 0 ? matched[part - 1] : -1;
        if (before >= 0 && tokens[before].Relation == "mark" && tokens[t].Upos is "VERB" or "AUX" && tokens[before].Head != t)
        {
            return false;
        }

        if (tokens[t].Upos is "NOUN" or "PROPN")
        {
            return NounBelongs(tokens, t, part);
        }

        if (tokens[t].Upos != "ADP" || tokens[t].Relation != "case")
        {
            return true;
        }

        // Up through the noun phrases the preposition sits in ("share intelligence on the movements of groups with
        // Ouagadougou"), but not across another verb; a preposition right after the verb ("call on +") is the verb's own.
        var node = tokens[t].Head;
        var reach = part == 1 ? 1 : 4;
        for (var steps = 0; steps < reach && node >= 0; steps++)
        {
            var governor = tokens[node].Head;
            if (governor < 0)
            {
                return false;
            }

            for (var k = 0; k < part; k++)
            {
                if (matched[k] == governor)
                {
                    return true;
                }
            }

            if (tokens[governor].Upos is "VERB" or "AUX")
            {
                return false;
            }

            node = governor;
        }

        return false;
    }

    /// <summary>
    /// A noun of a pattern must sit in the verb's object or in a phrase the pattern introduces, not in an
    /// adverbial ("launch patrols after a series of raids" is no "launch raid"): every preposition on its way up to
    /// the verb or to a matched word must be one the pattern itself names.
    /// </summary>
    private bool NounBelongs(ReadOnlySpan<Token> tokens, int t, int part)
    {
        var node = t;
        for (var steps = 0; steps < 6 && node >= 0; steps++)
        {
            for (var k = 0; k < part; k++)
            {
                if (matched[k] == node && node != t)
                {
                    return true;
                }
            }

            if (tokens[node].Relation is "obl" or "nmod" or "advcl" or "acl" && CaseOf(tokens, node) is { } preposition && !PatternHasWord(preposition)
                && !(preposition == "of" && IsQuantity(tokens, tokens[node].Head)))
            {
                return false;
            }

            if (tokens[node].Relation is "ccomp" or "parataxis" or "acl:relcl")
            {
                return false;
            }

            node = tokens[node].Head;
        }

        return false;
    }

    /// <summary>"thousands of officers", "dozens of soldiers": the noun after "of" is what is counted, and what the pattern names.</summary>
    private static bool IsQuantity(ReadOnlySpan<Token> tokens, int noun) =>
        noun >= 0 && (tokens[noun].Lemma ?? tokens[noun].Text).ToLowerInvariant() is "thousand" or "thousands" or "hundred" or "hundreds"
            or "dozen" or "dozens" or "score" or "scores" or "ten" or "tens" or "million" or "millions" or "number" or "couple";

    private string? CaseOf(ReadOnlySpan<Token> tokens, int noun)
    {
        foreach (var c in currentTree!.Children(noun))
        {
            if (tokens[c].Relation == "case")
            {
                return tokens[c].Text.ToLowerInvariant();
            }
        }

        return null;
    }

    private bool PatternHasWord(string word)
    {
        foreach (var part in currentPattern!.Parts)
        {
            if (Array.IndexOf(part.Words, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"on" in "agreed on Saturday" is no pattern's preposition: it introduces a time.</summary>
    private static bool IsTimePreposition(ReadOnlySpan<Token> tokens, int t)
    {
        if (tokens[t].Upos != "ADP" || tokens[t].Relation != "case" || tokens[t].Head < 0)
        {
            return false;
        }

        var noun = tokens[tokens[t].Head];
        return noun.Upos == "NUM" || noun.Relation is "obl:tmod" or "nmod:tmod"
            || TimeWords.Contains((noun.Lemma ?? noun.Text).ToLowerInvariant());
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "week", "weekend", "month",
        "year", "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow", "hour", "minute",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "decade", "century", "time", "moment",
    };

    private static bool HasLemma(in Token token, string[] words)
    {
        var lemma = token.Lemma ?? token.Text;
        foreach (var w in words)
        {
            if (string.Equals(lemma, w, StringComparison.OrdinalIgnoreCase) || string.Equals(token.Text, w, StringComparison.OrdinalIgnoreCase)
                || (token.Text.Length == w.Length + 1 && token.Text.EndsWith('s') && token.Text.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gathers the verb's phrase: everything below it except subjects and the clauses hung on it.</summary>
    private void Collect(ReadOnlySpan<Token> tokens, ParseTree tree, int node, bool top)
    {
        foreach (var c in tree.Children(node))
        {
            var rel = tokens[c].Relation ?? "";
            if (IsClauseBoundary(rel, top))
            {
                continue;
            }

            if (rel == "advcl" && !HasToMark(tokens, tree, c))
            {
                continue;
            }

            clause.Add(c);
            Collect(tokens, tree, c, false);
        }
    }

    /// <summary>True for an infinitive clause ("agreed on Saturday to update", which the parser may hang as advcl).</summary>
    private static bool HasToMark(ReadOnlySpan<Token> tokens, ParseTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tokens[c].Relation == "mark" && string.Equals(tokens[c].Text, "to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBoundary(string rel, bool top)
    {
        switch (rel)
        {
            case "nsubj" or "csubj" or "expl" or "aux" or "cop" or "punct" or "ccomp" or "parataxis"
                or "acl:relcl" or "discourse" or "vocative" or "dep" or "cc" or "reparandum" or "list" or "orphan":
                return true;
            case "conj":
                // Coordinated nouns stay in the phrase; coordinated verbs are clauses of their own.
                return top;
            case "mark":
                // Only the "to" of an infinitive is a pattern word ("agree to cooperate").
                return false;
            default:
                return false;
        }
    }
}
