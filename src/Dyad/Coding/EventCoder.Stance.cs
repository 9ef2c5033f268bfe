using Dyad.Domain;

namespace Dyad.Coding;

/// <summary>The event coder, part two: whether an action is coded at all, and as what (done, announced, refused, asked for).</summary>
public sealed partial class EventCoder
{
    /// <summary>Verbs through which a governed verb still happens ("began to withdraw", "continued to shell").</summary>
    private static readonly HashSet<string> Aspectual = new(StringComparer.Ordinal)
    {
        "begin", "start", "continue", "resume", "manage", "keep", "proceed", "go", "help", "move", "try", "attempt",
    };

    /// <summary>Nouns whose "that" clause reports a claim rather than an event ("accusations that …").</summary>
    private static readonly HashSet<string> ClaimNouns = new(StringComparer.Ordinal)
    {
        "accusation", "allegation", "claim", "report", "reports", "charge", "fear", "concern", "suspicion", "rumour", "rumor",
        "suggestion", "speculation", "assertion", "belief", "idea", "possibility", "risk", "threat", "warning", "evidence", "sign",
    };

    /// <summary>
    /// Whether the action at <paramref name="v"/> is reported as happening, announced, refused or neither; returns the
    /// code to record (null: nothing happened) and a note for the rule.
    /// </summary>
    private string? Stance(ReadOnlySpan<Token> tokens, int v, CameoCode code, out string? note, out int asker)
    {
        note = null;
        asker = -1;
        bool negated = false, future = false, modal = false;
        var governor = Governor.None;
        for (var node = v; node >= 0;)
        {
            foreach (var c in tree.Children(node))
            {
                var t = tokens[c];
                var lemma = (t.Lemma ?? t.Text).ToLowerInvariant();
                switch (t.Relation)
                {
                    case "advmod" or "neg" when lemma is "not" or "never" or "n't":
                        negated = true;
                        break;
                    case "aux" when lemma is "will" or "would" or "shall" or "'ll" or "wo":
                        future = true;
                        break;
                    case "aux" when lemma is "could" or "can" or "ca" or "may" or "might" or "should" or "must" or "ought":
                        modal = true;
                        break;
                    case "mark" when lemma is "if" or "unless" or "whether" or "once":
                        return null;
                    case "advcl" when HasMark(tokens, c, "if", "unless", "once"):
                        // "would call a strike if the owners did not pay": a hypothetical, not an act.
                        return null;
                }
            }

            // The stance of a governing verb carries down ("will not begin to withdraw"); a condition anywhere above stops it.
            var rel = tokens[node].Relation;
            var head = tokens[node].Head;
            if (head >= 0 && (rel is "xcomp" || (rel is "advcl" && HasMark(tokens, node, "to"))))
            {
                var kind = GovernorOf(tokens, head);

                // An infinitive of purpose after an act ("called Erdogan to offer condolences", "travelled to Kigali to
                // meet …") happens with it.
                if (rel is "advcl" && kind == Governor.Other)
                {
                    kind = Governor.Aspectual;
                }

                if (governor == Governor.None && kind != Governor.Aspectual)
                {
                    governor = kind;
                    asker = kind is Governor.Demand or Governor.Appeal or Governor.Threat ? head : -1;
                }

                node = head;
                continue;
            }

            if (rel is "conj" && head >= 0)
            {
                node = head;
                continue;
            }

            // "demanded that Nicaragua release …": the content of a demand or an appeal is what is asked for.
            if (rel is "ccomp" && head >= 0 && governor == Governor.None && GovernorOf(tokens, head) is Governor.Demand or Governor.Appeal or Governor.Threat)
            {
                governor = GovernorOf(tokens, head);
                asker = head;
                node = head;
                continue;
            }

            if (rel is "advcl" && HasMark(tokens, node, "if", "unless"))
            {
                return null;
            }

            break;
        }

        if (modal || governor == Governor.Failure)
        {
            return null;
        }

        if (governor == Governor.Threat)
        {
            // "warned that protesters would be arrested", "threatened to walk out": a threat of conflict only.
            note = "threatened";
            return negated || code.QuadClass < 3 ? null : StanceCodes.Announced(code);
        }

        if (governor is Governor.Demand or Governor.Appeal)
        {
            note = governor == Governor.Demand ? "demanded" : "appealed for";
            return negated ? null : StanceCodes.Requested(code, governor == Governor.Demand);
        }

        if (governor == Governor.Refusal)
        {
            note = "refused";
            return negated ? null : StanceCodes.Refused(code);
        }

        if (negated && code.Value == "013")
        {
            // "not optimistic", "did not expect a deal": a pessimistic comment.
            note = "negated";
            return "012";
        }

        if (negated)
        {
            note = "refused";
            return future ? StanceCodes.Refused(code) : null;
        }

        if (future || governor == Governor.Intent)
        {
            note = "announced";
            return StanceCodes.Announced(code);
        }

        return governor == Governor.Other ? null : code.Value;
    }

    private enum Governor
    {
        None,
        Aspectual,
        Intent,
        Demand,
        Appeal,
        Threat,
        Refusal,
        Failure,
        Other,
    }

    /// <summary>What kind of governor <paramref name="verb"/> is; "call" appeals only with "on" ("called on X to"), else it phones.</summary>
    private Governor GovernorOf(ReadOnlySpan<Token> tokens, int verb)
    {
        var kind = KindOf(tokens[verb].Lemma);
        if (kind != Governor.Appeal || !string.Equals(tokens[verb].Lemma, "call", StringComparison.OrdinalIgnoreCase))
        {
            return kind;
        }

        foreach (var c in tree.Children(verb))
        {
            if (tokens[c].Text.ToLowerInvariant() is "on" or "upon")
            {
                return kind;
            }

            foreach (var g in tree.Children(c))
            {
                if (tokens[g].Relation == "case" && tokens[g].Text.ToLowerInvariant() is "on" or "upon")
                {
                    return kind;
                }
            }
        }

        return Governor.Other;
    }

    private static Governor KindOf(string? lemma) => lemma?.ToLowerInvariant() switch
    {
        null => Governor.Other,
        var l when Aspectual.Contains(l) => Governor.Aspectual,
"warn" or "threaten" => Governor.Threat,
        "plan" or "want" or "hope" or "seek" or "intend" or "aim" or "prepare" or "vow" or "pledge" or "promise" or "offer"
            or "agree" or "decide" or "wish" or "resolve" or "commit" or "undertake" or "volunteer"
            or "ready" or "willing" or "prepared" or "determined" or "eager" => Governor.Intent,
        "refuse" or "decline" or "reject" or "rule" => Governor.Refusal,
        "demand" or "insist" or "order" or "require" => Governor.Demand,
        "urge" or "call" or "ask" or "appeal" or "press" or "request" or "encourage" or "implore" or "beg" or "push" or "lobby"
            or "exhort" or "petition" => Governor.Appeal,
        "fail" or "avoid" or "forget" or "neglect" or "cease" or "stop" or "hesitate" => Governor.Failure,
        _ => Governor.Other,
    };

    /// <summary>True when the verb's own clause may be coded: not a relative clause or a modifier (events named in passing).</summary>
    private bool IsCodable(ReadOnlySpan<Token> tokens, int v)
    {
        var node = v;
        while (tokens[node].Relation is "conj" && tokens[node].Head >= 0)
        {
            node = tokens[node].Head;
        }

        // What a relative clause reports ("pay rises they say the government promised") is named in passing too.
        if (tokens[node].Relation is "ccomp" && tokens[node].Head is var sayer and >= 0 && tokens[sayer].Relation is "acl:relcl" or "acl")
        {
            return false;
        }

        var rel = tokens[node].Relation ?? "";
        if (rel is not ("acl:relcl" or "acl" or "amod" or "compound" or "nmod" or "obl" or "obj" or "nsubj" or "appos"))
        {
            return true;
        }

        // "accused the army of executing civilians", "suspected of spying": what an accusation charges is no event.
        if (HasMark(tokens, v, "of", "with", "for") && tokens[v].Xpos == "VBG")
        {
            return false;
        }

        // "accusations that it shelters militants", "reports that soldiers killed civilians": what a claim says.
        var noun = tokens[node].Head;
        if (noun >= 0 && rel is "acl" or "acl:relcl" && tokens[noun].Lemma is { } nounLemma && ClaimNouns.Contains(nounLemma.ToLowerInvariant()))
        {
            return false;
        }

        // A finite verb is a clause of its own even where the parser hung it on a noun; in a relative clause only
        // with a subject of its own ("a step that Belgrade condemned", not "rebels who attacked", named in passing).
        if (rel is "acl" or "amod" && IsMisattachedClause(tokens, node))
        {
            return true;
        }

        if (!IsFinite(tokens, node) || rel is "compound" or "nmod" or "obl" or "obj" or "nsubj")
        {
            return false;
        }

        foreach (var c in tree.Children(node))
        {
            if (tokens[c].Relation is "nsubj" or "nsubj:pass")
            {
                return tokens[c].Upos != "PRON" || !(tokens[c].Lemma is "who" or "that" or "which");
            }
        }

        return rel is not "acl:relcl";
    }

    /// <summary>
    /// A main clause the parser read as a participle modifying the noun before it ("Farmers blocked highways" with
    /// "blocked" as amod of "Farmers"): a past form with an object of its own, on a noun that has no verb above it.
    /// </summary>
    private bool IsMisattachedClause(ReadOnlySpan<Token> tokens, int v)
    {
        var head = tokens[v].Head;
        if (tokens[v].Xpos is not ("VBD" or "VBN") || head < 0 || head > v || tokens[head].Relation is not ("root" or "nsubj"))
        {
            return false;
        }

        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation is "obj" or "xcomp" or "ccomp" || (tokens[c].Relation is "obl" && c > v))
            {
                return tokens[head].Relation == "root" || tokens[c].Relation is "obj";
            }
        }

        return false;
    }

    private bool HasSecondaryPredicate(ReadOnlySpan<Token> tokens, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation == "xcomp" && tokens[c].Upos is "ADJ" or "NOUN" or "PROPN")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finite verb: past or present tense, or carrying a tensed auxiliary ("had accepted", "will send").</summary>
    private bool IsFinite(ReadOnlySpan<Token> tokens, int v)
    {
        if (tokens[v].Xpos is "VBD" or "VBZ" or "VBP")
        {
            return true;
        }

        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation is "aux" or "aux:pass" && tokens[c].Xpos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="v"/> governs an infinitive with a pattern of its own ("agreed to update the accord").</summary>
    private bool HasCodableComplement(ReadOnlySpan<Token> tokens, int v, ReadOnlySpan<bool> isActor)
    {
        for (var c = 0; c < tokens.Length; c++)
        {
            var complement = tokens[c].Relation is "xcomp" || (tokens[c].Relation is "advcl" && HasMark(tokens, c, "to"))
                || (tokens[c].Relation is "ccomp" && GovernorOf(tokens, v) is Governor.Demand or Governor.Appeal or Governor.Threat);
            if (tokens[c].Head != v || !IsVerb(tokens, c) || !complement)
            {
                continue;
            }

            if (VerbLemma(tokens[c]) is { } lemma && kb.PatternsByVerb.TryGetValue(lemma, out var patterns)
                && complementMatcher.Best(tokens, tree, c, patterns, isActor) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
