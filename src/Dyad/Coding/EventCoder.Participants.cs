using Dyad.Domain;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>The event coder, part three: who acts and on whom (subjects, agents, targets, coordinated and implicit actors).</summary>
public sealed partial class EventCoder
{
    /// <summary>The actors doing the action: the subject, the passive agent, or the subject of the verb it hangs from.</summary>
    private List<ActorMention> Sources(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int v)
    {
        for (var node = v; node >= 0;)
        {
            var passive = false;
            var subject = -1;
            foreach (var c in tree.Children(node))
            {
                switch (tokens[c].Relation)
                {
                    case "nsubj" when subject < 0:
                        subject = c;
                        break;
                    case "aux:pass":
                        passive = true;
                        break;
                    case "nsubj:pass" when tokens[node].Xpos == "VBN":
                        passive = true;
                        break;
                    case "nsubj:pass" when subject < 0:
                        // "South Korea handed over …" read as a passive without "was": the subject after all.
                        subject = c;
                        break;
                }
            }

            if (passive)
            {
                return Agent(tokens, mentions, node);
            }

            if (subject >= 0)
            {
                if (tokens[subject].Lemma is "who" or "that" or "which" && tokens[node].Relation == "acl:relcl")
                {
                    subject = tokens[node].Head;
                }

                var found = MentionsAt(tokens, mentions, subject);

                // "The Thai army and the BRN declared …" parsed as two subjects: joined by "and", both act (a second
                // subject after a comma is an apposition: "Humala, a former army officer, has vowed").
                foreach (var c in tree.Children(node))
                {
                    if (c > subject && tokens[c].Relation == "nsubj" && ClauseRepair.CoordinatorBetween(tokens, subject, c))
                    {
                        foreach (var x in MentionsAt(tokens, mentions, c))
                        {
                            found.Add(x with { Head = subject, Plural = true });
                        }
                    }
                }

                return found;
            }

            // Verbs without a subject of their own share their governor's: "agreed … and signed", "said after meeting X".
            var head = tokens[node].Head;
            if (tokens[node].Relation is "xcomp" or "conj" or "advcl" && head >= 0 && tokens[head].Upos is "VERB" or "AUX" or "ADJ")
            {
                node = head;
                continue;
            }

            // A finite verb the parser hung on a noun ("Argentina's president, Javier Milei, praised …" as conj or
            // amod of "president") has that noun for its subject.
            if (head >= 0 && tokens[head].Upos is "NOUN" or "PROPN" && (tokens[node].Xpos is "VBD" or "VBZ" or "VBP" || IsMisattachedClause(tokens, node))
                && tokens[node].Relation is "conj" or "amod" or "acl" or "appos" or "acl:relcl" or "parataxis")
            {
                return MentionsAt(tokens, mentions, head);
            }

            break;
        }

        return [];
    }

    /// <summary>The actor the verb coordinated before <paramref name="v"/> acts on (its object or prepositional object).</summary>
    private List<ActorMention> ConjunctTargets(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int v, List<ActorMention> sources)
    {
        var head = tokens[v].Head;
        if (head < 0 || tokens[head].Upos != "VERB")
        {
            return [];
        }

        foreach (var c in tree.Children(head))
        {
            if (c < v && tokens[c].Relation is "obj" or "iobj" or "obl" && MentionsAt(tokens, mentions, c) is { Count: > 0 } found
                && !found.Exists(f => sources.Exists(x => x.Actor?.Country == f.Actor?.Country)))
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The first actor named inside the "that" clause of <paramref name="v"/>, other than the sources.</summary>
    private List<ActorMention> ContentActors(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int v, List<ActorMention> sources)
    {
        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation is not "ccomp")
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Actor is { } actor && ParseTree.Dominates(tokens, c, m.Head) && !sources.Exists(x => x.Actor?.Country == actor.Country))
                {
                    return mentions.FindAll(x => x.Head == m.Head && x.Actor is not null);
                }
            }
        }

        return [];
    }

    /// <summary>The explicit subject of <paramref name="verb"/>, if it names an actor.</summary>
    private List<ActorMention> Subject(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int verb)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tokens[c].Relation is "nsubj" or "nsubj:pass")
            {
                return MentionsAt(tokens, mentions, c);
            }
        }

        return [];
    }

    /// <summary>Who is urged or asked: the object of the asking verb, or "on X" in "called on X to …".</summary>
    private List<ActorMention> AskedActor(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int asker, int content)
    {
        foreach (var c in tree.Children(asker))
        {
            if (c != content && tokens[c].Relation is "obj" or "iobj" or "obl" or "obl:arg" or "nsubj:xsubj")
            {
                var found = MentionsAt(tokens, mentions, c);
                if (found.Count > 0)
                {
                    return found;
                }
            }
        }

        return [];
    }

    /// <summary>The agent of a passive verb: the "by" phrase in its clause, wherever the parser attached it.</summary>
    private static List<ActorMention> Agent(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int verb)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Relation != "case" || !string.Equals(tokens[i].Text, "by", StringComparison.OrdinalIgnoreCase) || tokens[i].Head < 0)
            {
                continue;
            }

            // The "by" phrase must belong to this verb's clause: no other verb between it and the verb.
            var noun = tokens[i].Head;
            var node = noun;
            while (node >= 0 && node != verb && tokens[node].Upos != "VERB")
            {
                node = tokens[node].Head;
            }

            if (node == verb)
            {
                return MentionsAt(tokens, mentions, noun);
            }
        }

        return [];
    }

    /// <summary>True when the verb's phrase says "each other" or "one another".</summary>
    private static bool Reciprocal(ReadOnlySpan<Token> tokens, int v)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Text.ToLowerInvariant() is "other" or "another" && tokens[i - 1].Text.ToLowerInvariant() is "each" or "one"
                && ParseTree.Dominates(tokens, v, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"His Venezuelan counterpart" holds the same office as the other side: it takes that actor's sector.</summary>
    private static Actor? Counterpart(ReadOnlySpan<Token> tokens, ActorMention mention, Actor? other)
    {
        var actor = mention.Actor;
        if (actor is null || other?.Sector is null || actor.Sector is not null || actor.Country is null
            || !string.Equals(tokens[mention.Head].Lemma, "counterpart", StringComparison.OrdinalIgnoreCase))
        {
            return actor;
        }

        return actor with { Code = actor.Country + other.Sector, Sector = other.Sector };
    }

    /// <summary>The first actor the verb's phrase names as an object or in a prepositional phrase, if any; -1 when none.</summary>
    private static int ObjectActor(ReadOnlySpan<Token> tokens, IReadOnlyList<int> clause, ReadOnlySpan<bool> isActor, ReadOnlySpan<bool> roleless, int v, int[] used)
    {
        var best = -1;
        foreach (var t in clause)
        {
            // A word the pattern itself used ("share intelligence") is not the target.
            if (!isActor[t] || (Array.IndexOf(used, t) >= 0 && !roleless[t]) || tokens[t].Relation is not ("obj" or "iobj" or "obl" or "nmod" or "nsubj:pass" or "obl:arg"))
            {
                continue;
            }

            // The verb's own direct object first, then the nearest phrase after the verb.
            if (tokens[t].Relation is "obj" or "iobj" && tokens[t].Head == v)
            {
                return t;
            }

            if (best < 0 || (t > v && (best < v || t < best)))
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>The subject of the "that" clause <paramref name="v"/> governs ("demanded that Sweden hand over …"); empty when none.</summary>
    private List<ActorMention> AddressedClauseSubject(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation == "ccomp" && c > v)
            {
                return Subject(tokens, mentions, c);
            }
        }

        return [];
    }

    /// <summary>The subject of the clause linked to <paramref name="v"/> (its governor's or a dependent clause's).</summary>
    private List<ActorMention> LinkedClauseActors(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int v)
    {
        var rel = tokens[v].Relation;
        var head = tokens[v].Head;
        var own = Sources(tokens, mentions, v);
        if (rel is "advcl" or "conj" && head >= 0)
        {
            var linked = Sources(tokens, mentions, head);
            linked.RemoveAll(x => own.Exists(o => o.Head == x.Head));
            return linked;
        }

        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation is "advcl" && tokens[c].Upos == "VERB")
            {
                var found = Sources(tokens, mentions, c);
                found.RemoveAll(x => own.Exists(o => o.Head == x.Head));
                if (found.Count > 0)
                {
                    return found;
                }
            }
        }

        return [];
    }

    /// <summary>The actor marks with towns added (tokens naming a town, or nouns whose "of" phrase does); null when none.</summary>
    private static bool[]? TownTargets(Document document, int s, ReadOnlySpan<Token> tokens, bool[] isActor, PlaceResolver places)
    {
        bool[]? marks = null;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!isActor[t] && tokens[t].Upos is "PROPN" or "NOUN" && places.TownAt(document, s, tokens, t) is not null)
            {
                marks ??= (bool[])isActor.Clone();
                marks[t] = true;
            }
        }

        return marks;
    }

    /// <summary>Marks each token that heads an actor mention or a noun phrase holding one (see <see cref="MentionsAt"/>).</summary>
    private bool[] MarkActors(ReadOnlySpan<Token> tokens, List<ActorMention> mentions)
    {
        if (actorAt.Length < tokens.Length)
        {
            actorAt = new bool[tokens.Length * 2];
        }

        Array.Clear(actorAt, 0, tokens.Length);
        foreach (var m in mentions)
        {
            if (m.Actor is null)
            {
                continue;
            }

            var node = m.Head;
            for (var depth = 0; node >= 0 && depth <= 4; depth++)
            {
                actorAt[node] = true;
                var rel = tokens[node].Relation ?? "";
                if (!(rel.StartsWith("nmod", StringComparison.Ordinal) || rel is "compound" or "appos" or "amod" or "conj" or "flat"))
                {
                    break;
                }

                node = tokens[node].Head;
            }
        }

        return actorAt;
    }

    /// <summary>Marks heads of mentions named by a country or organisation ("Indonesia's position"), which stay
    /// targets even when a pattern uses the head word; a role word the pattern used ("share intelligence") does not.</summary>
    private bool[] MarkNamed(ReadOnlySpan<Token> tokens, List<ActorMention> mentions)
    {
        if (namedAt.Length < tokens.Length)
        {
            namedAt = new bool[tokens.Length * 2];
        }

        Array.Clear(namedAt, 0, tokens.Length);
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Name && m.Head < tokens.Length && m.FirstToken < m.Head)
            {
                namedAt[m.Head] = true;
            }
        }

        return namedAt;
    }

    /// <summary>Mentions headed at <paramref name="t"/>, else the first ones inside its noun phrase ("a band of rebels").</summary>
    private static List<ActorMention> MentionsAt(ReadOnlySpan<Token> tokens, List<ActorMention> mentions, int t)
    {
        var found = mentions.FindAll(m => m.Head == t && m.Actor is not null);
        if (found.Count > 0)
        {
            return found;
        }

        // A word inside a dictionary name the parser split ("Human Rights Watch" with "Watch" as a subject of its own).
        var inside = mentions.Find(m => m.Actor is not null && m.Kind == MentionKind.Name && m.FirstToken <= t && t <= m.LastToken && m.LastToken - m.FirstToken < 8);
        if (inside is not null)
        {
            return mentions.FindAll(m => m.Head == inside.Head && m.Actor is not null);
        }

        // Breadth-first through the noun phrase only (of-phrases, compounds, possessives, appositions).
        var best = -1;
        var bestDepth = int.MaxValue;
        foreach (var m in mentions)
        {
            if (m.Actor is null)
            {
                continue;
            }

            var depth = 0;
            var node = m.Head;
            while (node >= 0 && node != t && depth < 4)
            {
                var rel = tokens[node].Relation ?? "";
                if (!(rel.StartsWith("nmod", StringComparison.Ordinal) || rel is "compound" or "appos" or "amod" or "conj" or "flat"))
                {
                    node = -1;
                    break;
                }

                node = tokens[node].Head;
                depth++;
            }

            if (node == t && depth < bestDepth)
            {
                best = m.Head;
                bestDepth = depth;
            }
        }

        if (best < 0)
        {
            // Parse errors inside a noun phrase ("the United Nations refugee agency"): the names before its head.
            var left = t;
            while (left > 0 && tokens[left - 1].Head is var h && (h == t || (h > left - 1 && h <= t)) && tokens[left - 1].Upos != "PUNCT")
            {
                left--;
            }

            foreach (var m in mentions)
            {
                if (m.Actor is not null && m.Head >= left && m.Head < t && (best < 0 || m.Head > best))
                {
                    best = m.Head;
                }
            }
        }

        return best < 0 ? [] : mentions.FindAll(m => m.Head == best && m.Actor is not null);
    }
}
