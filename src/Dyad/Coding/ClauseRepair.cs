using Dyad.Domain;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Mends the parser's most harmful news error before actors and events are read: a sentence's main verb taken for a
/// participle modifying a noun ("Farmers blocked highways" with "blocked" as an adjective of "highways", "Police
/// fired tear gas" with "fired" as a modifier of "Police"). When the tagger saw a finite verb, the verb is made the
/// head of its clause again: the noun before it its subject, the noun it modified its object.
/// </summary>
public static class ClauseRepair
{
    /// <summary>Repairs every sentence of <paramref name="document"/> in place.</summary>
    public static void Process(Document document)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            Repair(document.SentenceTokens(s));
        }
    }

    /// <summary>Repairs one sentence (heads are sentence-local); a repair that would leave a cycle is undone.</summary>
    public static void Repair(Span<Token> tokens)
    {
        var original = System.Buffers.ArrayPool<Token>.Shared.Rent(tokens.Length);
        tokens.CopyTo(original);
        RepairInPlace(tokens);
        if (!IsTree(tokens))
        {
            original.AsSpan(0, tokens.Length).CopyTo(tokens);
        }

        System.Buffers.ArrayPool<Token>.Shared.Return(original, clearArray: true);
    }

    /// <summary>True when following heads from every token ends at a root (no cycles, heads in range).</summary>
    public static bool IsTree(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var steps = 0;
            for (var node = i; node >= 0; node = tokens[node].Head)
            {
                if (node >= tokens.Length || ++steps > tokens.Length)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void RepairInPlace(Span<Token> tokens)
    {
        MergeStackedSubjects(tokens);
        SwallowedMainVerbs(tokens);
        StrayPassiveAgents(tokens);
        for (var v = 1; v < tokens.Length; v++)
        {
            var verb = tokens[v];
            if (verb.Upos == "VERB" && verb.Xpos is "VBD" or "VBZ" or "VBP" && verb.Relation is not ("conj" or "xcomp" or "amod" or "acl")
                && !HasSubject(tokens, v) && SubjectBefore(tokens, v) is var lost and >= 0 && tokens[lost].Relation is "nmod" or "obl" or "compound"
                && !Dominates(tokens, v, lost))
            {
                // "after gunmen attacked a post" with "gunmen" taken for the object of "after": a finite verb right after
                // a noun, with no subject of its own, has found it.
                tokens[lost] = tokens[lost] with { Head = v, Relation = "nsubj" };
                continue;
            }

            if (verb.Upos == "VERB" && verb.Relation is "acl" or "acl:relcl" && verb.Head is var dated and > 0 && dated < v
                && tokens[dated].Relation is "obl" or "obl:tmod" or "nmod:tmod" && tokens[dated].Head is var governor and >= 0 && governor < dated
                && tokens[governor].Upos == "VERB" && dated + 1 < v && tokens[dated + 1].Text == "that" && tokens[dated + 1].Head == v
                && tokens[dated + 1].Relation == "mark")
            {
                // "demanded on Thursday that the minister resign" with the clause hung on "Thursday": it is what was
                // demanded (or said), the content of the verb before the date.
                tokens[v] = verb with { Head = governor, Relation = "ccomp" };
                continue;
            }

            if (verb.Upos != "VERB" || verb.Relation is not ("amod" or "acl") || HasSubject(tokens, v))
            {
                continue;
            }

            var head = verb.Head;
            if (head < 0 || head >= tokens.Length)
            {
                continue;
            }

            var appositive = false;

            if (verb.Relation is "acl:relcl" or "acl" && tokens[head].Relation is "obj" or "nsubj" && tokens[head].Head is var sayer and >= 0
                && tokens[sayer].Upos == "VERB" && ThatBefore(tokens, sayer, head))
            {
                // "demanded that Prime Minister Hasina resign" read as a relative clause of "Hasina".
                var noun = tokens[head];
                tokens[v] = verb with { Head = sayer, Relation = "ccomp" };
                tokens[head] = noun with { Head = v, Relation = "nsubj" };
                continue;
            }

            if (head < v && tokens[head].Relation == "appos" && tokens[head].Head is var named and >= 0 && named < head
                && verb.Xpos is "VBD" or "VBZ" or "VBN" && IsClauseHeadNoun(tokens[named]) && tokens[v - 1].Text == ",")
            {
                // "Raila Odinga, the opposition leader, accused …" with "accused" hung on the apposition; after the
                // closing comma even a participle form is the main verb ("…, one of the armed groups, clashed with").
                head = named;
                appositive = true;
            }

            if (head < v && tokens[head].Relation == "nmod" && tokens[head].Head is var quantity and >= 0 && quantity < head
                && IsClauseHeadNoun(tokens[quantity]) && CaseIs(tokens, head, "of")
                && (verb.Xpos is "VBD" or "VBZ" or "VBP" || (verb.Xpos == "VBN" && tokens[quantity].Relation == "root")))
            {
                // "Thousands of opposition supporters rallied …" with "rallied" hung on "supporters".
                head = quantity;
                appositive = true;
            }

            if (verb.Relation == "acl" && IsToInfinitive(tokens, v) && tokens[head].Relation is "obj" or "obl" && tokens[head].Head is var asker and >= 0
                && tokens[asker].Upos == "VERB" && AskingVerbs.Contains(tokens[asker].Lemma ?? ""))
            {
                // "called on Uzbek authorities to allow unions": the infinitive completes the asking verb, not the noun.
                tokens[v] = verb with { Head = asker, Relation = "xcomp" };
                continue;
            }

            // A participle hung on the noun heading a sentence that has no verb is that sentence's verb.
            if (head < v && verb.Xpos is "VBD" or "VBZ" or "VBP" or "VBN" && IsClauseHeadNoun(tokens[head])
                && (appositive || tokens[head].Relation == "root" || HasObject(tokens, v, verb.Xpos)))
            {
                // "Police fired tear gas": "fired" hung on "Police"; the verb takes the noun's place (as the reported
                // clause when the noun had been made the subject of "… , officials said").
                var noun = tokens[head];
                var reported = noun.Relation == "nsubj" && noun.Head >= 0 && noun.Head > v && tokens[noun.Head].Upos == "VERB";
                tokens[v] = verb with { Head = noun.Head, Relation = reported ? "ccomp" : noun.Relation };
                tokens[head] = noun with { Head = v, Relation = "nsubj" };
            }
            else if (head > v && verb.Xpos is "VBD" or "VBN" && SubjectBefore(tokens, v) is var glued and >= 0
                && CoordinationTop(tokens, glued) is var top && tokens[top].Head == head && tokens[top].Relation is "compound" or "nsubj"
                && tokens[top].Upos is "NOUN" or "PROPN" && tokens[head].Upos is "NOUN" or "PROPN" && IsClauseHeadNoun(tokens[head])
                && !HasChild(tokens, head, "det"))
            {
                // "Riot police fired tear gas", "The United States and its allies imposed sanctions" read as one long noun
                // phrase headed by the last noun: the words before the verb are its subject, the noun it modified its
                // object, and the verb takes the phrase's place.
                var obj = tokens[head];
                var reported = obj.Relation == "nsubj" && obj.Head >= 0 && obj.Head > head && tokens[obj.Head].Upos == "VERB";
                tokens[v] = verb with { Head = obj.Head, Relation = reported ? "ccomp" : obj.Relation };
                tokens[top] = tokens[top] with { Head = v, Relation = "nsubj" };
                tokens[head] = obj with { Head = v, Relation = "obj" };
                for (var i = 0; i < top; i++)
                {
                    if (tokens[i].Head == head)
                    {
                        // "Riot" and "The" stay with the subject, not with "gas" or "sanctions".
                        tokens[i] = tokens[i] with { Head = top };
                    }
                }
            }
            else if (head > v && verb.Xpos is "VBD" or "VBZ" or "VBP" or "VBN" && SubjectBefore(tokens, v) is var subject and >= 0
                && IsClauseHeadNoun(tokens[subject]) && tokens[head].Upos is "NOUN" or "PROPN")
            {
                // "Farmers blocked highways": "blocked" read as an adjective of "highways".
                var noun = tokens[subject];
                var obj = tokens[head];
                var reported = noun.Relation == "nsubj" && noun.Head >= 0 && noun.Head > v && tokens[noun.Head].Upos == "VERB";
                tokens[v] = verb with { Head = noun.Head, Relation = reported ? "ccomp" : noun.Relation };
                tokens[subject] = noun with { Head = v, Relation = "nsubj" };
                tokens[head] = obj with { Head = v, Relation = "obj" };
            }
        }

        // After the verb repairs, which may have just made the verb a conjunct of its first subject.
        CoordinatedSubjects(tokens);

        // Last: the participle repairs above would read the hedge as the sentence's verb again.
        HedgedSubjects(tokens);
    }

    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal)
    {
        "urge", "call", "ask", "appeal", "press", "order", "encourage", "invite", "tell", "force", "push", "request", "instruct",
        "direct", "authorize", "authorise", "allow", "permit", "persuade", "warn", "implore", "help",
    };

    /// <summary>True when "that" stands between the verb and the noun (a content clause the parser missed).</summary>
    private static bool ThatBefore(ReadOnlySpan<Token> tokens, int verb, int noun)
    {
        for (var i = verb + 1; i < noun; i++)
        {
            if (tokens[i].Text is "that" && tokens[i].Upos is "SCONJ" or "PRON")
            {
                return true;
            }

            if (tokens[i].Upos is "VERB" or "PUNCT")
            {
                return false;
            }
        }

        return false;
    }

    private static bool CaseIs(ReadOnlySpan<Token> tokens, int noun, string word)
    {
        for (var i = 0; i < noun; i++)
        {
            if (tokens[i].Head == noun && tokens[i].Relation == "case")
            {
                return tokens[i].Text.Equals(word, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static bool IsToInfinitive(ReadOnlySpan<Token> tokens, int v)
    {
        for (var i = 0; i < v; i++)
        {
            if (tokens[i].Head == v && tokens[i].Relation == "mark" && tokens[i].Text is "to" or "To")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Nigerian Air Force jets bombed …" read as two subjects, "Nigerian" and "jets": a subject directly followed by
    /// another subject of the same verb, with no comma or conjunction between, modifies it.
    /// </summary>
    private static void MergeStackedSubjects(Span<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Relation != "nsubj" || tokens[i].Upos is not ("PROPN" or "NOUN" or "ADJ"))
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Length && j <= i + 6; j++)
            {
                if (tokens[j].Upos is "PUNCT" or "CCONJ" or "VERB" or "AUX" or "ADP")
                {
                    break;
                }

                if (tokens[j].Relation == "nsubj" && tokens[j].Head == tokens[i].Head)
                {
                    tokens[i] = tokens[i] with { Head = j, Relation = tokens[i].Upos == "ADJ" ? "amod" : "compound" };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Two journalists covering a protest were beaten by police" read with "were beaten" inside the participle's
    /// clause ("covering … [a protest were beaten]"): a finite verb hung on a participle that modifies a noun before it
    /// is the sentence's verb, that noun its subject, and the participle's would-be subject its object again.
    /// </summary>
    private static void SwallowedMainVerbs(Span<Token> tokens)
    {
        for (var v = 2; v < tokens.Length; v++)
        {
            var verb = tokens[v];
            var participle = verb.Head;
            if (verb.Upos != "VERB" || verb.Relation is not ("ccomp" or "xcomp" or "conj") || participle < 0 || participle >= v
                || tokens[participle].Relation != "acl" || tokens[participle].Xpos is not ("VBG" or "VBN"))
            {
                continue;
            }

            var noun = tokens[participle].Head;
            var finite = FiniteAuxiliary(tokens, v, out var passive);
            var inner = -1;
            for (var i = participle + 1; i < v; i++)
            {
                if (tokens[i].Head == v && tokens[i].Relation is "nsubj" or "nsubj:pass")
                {
                    inner = i;
                }
            }

            if (noun < 0 || noun >= participle || tokens[noun].Upos is not ("NOUN" or "PROPN") || !finite || inner < 0)
            {
                continue;
            }

            var subject = tokens[noun];
            tokens[v] = verb with { Head = subject.Head, Relation = subject.Relation };
            tokens[noun] = subject with { Head = v, Relation = passive ? "nsubj:pass" : "nsubj" };
            tokens[inner] = tokens[inner] with { Head = participle, Relation = "obj" };
        }
    }

    /// <summary>
    /// "Gunmen suspected to be Boko Haram fighters abducted 100 girls" read with "suspected" as the main verb and
    /// "abducted" its complement: the hedge modifies the subject, and the verb after it is the sentence's.
    /// </summary>
    private static void HedgedSubjects(Span<Token> tokens)
    {
        for (var h = 1; h < tokens.Length; h++)
        {
            var hedge = tokens[h];
            var subject = -1;
            for (var i = 0; i < h; i++)
            {
                if (tokens[i].Head == h && tokens[i].Relation is "nsubj" or "nsubj:pass")
                {
                    subject = i;
                }
            }

            if (hedge.Xpos is not ("VBN" or "VBD") || (hedge.Lemma ?? "") is not ("suspect" or "believe" or "think" or "allege" or "report" or "know")
                || subject != h - 1 || h + 1 >= tokens.Length || tokens[h + 1].Text != "to")
            {
                continue;
            }

            for (var v = h + 2; v < tokens.Length; v++)
            {
                if (tokens[v].Head == h && tokens[v].Upos == "VERB" && tokens[v].Xpos is "VBD" or "VBN" && tokens[v].Relation is "xcomp" or "conj" or "ccomp"
                    && !HasSubject(tokens, v))
                {
                    tokens[v] = tokens[v] with { Head = hedge.Head, Relation = hedge.Relation };
                    tokens[subject] = tokens[subject] with { Head = v, Relation = "nsubj" };
                    tokens[h] = hedge with { Head = subject, Relation = "acl" };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "was welcomed at the airport by President Tebboune" with "by Tebboune" hung on "airport": in a passive clause
    /// with no agent, a "by" phrase on one of the verb's own obliques is the agent.
    /// </summary>
    private static void StrayPassiveAgents(Span<Token> tokens)
    {
        for (var v = 0; v < tokens.Length; v++)
        {
            if (tokens[v].Upos != "VERB" || !HasChild(tokens, v, "aux:pass") || HasChild(tokens, v, "obl:agent"))
            {
                continue;
            }

            for (var agent = v + 2; agent < tokens.Length; agent++)
            {
                var holder = tokens[agent].Head;
                if (tokens[agent].Relation == "nmod" && tokens[agent].Upos is "PROPN" or "NOUN" && CaseIs(tokens, agent, "by")
                    && holder > v && holder < agent && tokens[holder].Head == v && tokens[holder].Relation is "obl" or "obj")
                {
                    tokens[agent] = tokens[agent] with { Head = v, Relation = "obl:agent" };
                    break;
                }
            }
        }
    }

    private static bool HasChild(ReadOnlySpan<Token> tokens, int head, string relation)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head == head && tokens[i].Relation == relation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FiniteAuxiliary(ReadOnlySpan<Token> tokens, int v, out bool passive)
    {
        passive = false;
        var finite = false;
        for (var i = 0; i < v; i++)
        {
            if (tokens[i].Head == v && tokens[i].Relation is "aux" or "aux:pass")
            {
                passive |= tokens[i].Relation == "aux:pass";
                finite |= tokens[i].Xpos is "VBD" or "VBZ" or "VBP" or "MD";
            }
        }

        return finite;
    }

    /// <summary>
    /// "The United States and its allies imposed sanctions" read as "States" heading the sentence and "imposed" a
    /// conjunct with "allies" for subject: the verb heads the sentence again, with both nouns as its subject.
    /// </summary>
    private static void CoordinatedSubjects(Span<Token> tokens)
    {
        for (var v = 2; v < tokens.Length; v++)
        {
            var verb = tokens[v];
            var head = verb.Head;
            if (verb.Upos != "VERB" || verb.Relation != "conj" || head < 0 || head > v || tokens[head].Upos is not ("NOUN" or "PROPN")
                || tokens[head].Relation != "root")
            {
                continue;
            }

            var second = -1;
            for (var i = head + 1; i < v; i++)
            {
                if (tokens[i].Head == v && tokens[i].Relation == "nsubj")
                {
                    second = i;
                }
            }

            if (second < 0 || !CoordinatorBetween(tokens, head, second))
            {
                continue;
            }

            tokens[v] = verb with { Head = -1, Relation = "root" };
            tokens[head] = tokens[head] with { Head = v, Relation = "nsubj" };
            tokens[second] = tokens[second] with { Head = head, Relation = "conj" };
            for (var i = 0; i < tokens.Length; i++)
            {
                // Whatever hung on the old root but belongs to the clause (final punctuation, time) follows the verb.
                if (i != v && tokens[i].Head == head && tokens[i].Relation is "punct" or "obl" && i > v)
                {
                    tokens[i] = tokens[i] with { Head = v };
                }
            }
        }
    }

    /// <summary>True when a coordinating conjunction stands between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    internal static bool CoordinatorBetween(ReadOnlySpan<Token> tokens, int a, int b)
    {
        for (var i = a + 1; i < b; i++)
        {
            if (tokens[i].Upos == "CCONJ")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun that heads the sentence or a reported clause: where a subject ends up when the verb is lost.</summary>
    private static bool IsClauseHeadNoun(in Token t) =>
        t.Upos is "NOUN" or "PROPN" or "PRON" && t.Relation is "root" or "ccomp" or "nsubj" or "parataxis" or "conj";

    private static bool Dominates(ReadOnlySpan<Token> tokens, int ancestor, int token)
    {
        for (int i = tokens[token].Head, steps = 0; i >= 0 && steps < tokens.Length; i = tokens[i].Head, steps++)
        {
            if (i == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first conjunct of the coordination <paramref name="noun"/> belongs to ("allies" → "States").</summary>
    private static int CoordinationTop(ReadOnlySpan<Token> tokens, int noun)
    {
        while (tokens[noun].Relation == "conj" && tokens[noun].Head >= 0 && tokens[noun].Head < noun)
        {
            noun = tokens[noun].Head;
        }

        return noun;
    }

    private static bool HasSubject(ReadOnlySpan<Token> tokens, int v)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head == v && tokens[i].Relation is "nsubj" or "nsubj:pass" or "csubj")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finite forms need nothing more; a past participle only counts with a direct object of its own.</summary>
    private static bool HasObject(ReadOnlySpan<Token> tokens, int v, string? xpos)
    {
        if (xpos != "VBN")
        {
            return true;
        }

        for (var i = v + 1; i < tokens.Length; i++)
        {
            if (tokens[i].Head == v && tokens[i].Relation is "obj" or "ccomp" or "xcomp")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The head of the noun phrase right before <paramref name="v"/>, if the verb directly follows one, or follows
    /// one and a clause between commas ("The Islamic State group, which held much of Iraq, fired …").
    /// </summary>
    private static int SubjectBefore(ReadOnlySpan<Token> tokens, int v)
    {
        var i = v - 1;
        if (tokens[i].Text == "," && v >= 3)
        {
            for (var c = v - 2; c > 0 && c >= v - 15; c--)
            {
                if (tokens[c].Text == ",")
                {
                    i = c - 1;
                    break;
                }
            }
        }

        if (tokens[i].Upos is not ("NOUN" or "PROPN" or "PRON"))
        {
            return -1;
        }

        // Climb to the phrase head within the words before the verb.
        while (tokens[i].Head >= 0 && tokens[i].Head < v && tokens[i].Relation is "compound" or "flat" or "amod" or "nmod:poss")
        {
            i = tokens[i].Head;
        }

        return i;
    }
}
