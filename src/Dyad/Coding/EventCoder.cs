using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Codes the events of one parsed article from its actor mentions: at each verb the best verb pattern gives the
/// CAMEO code; the subject (or passive agent) is the source and the pattern's slot the target; negation, modal
/// verbs and conditions stop an action, while announced actions become pledges, threats or refusals.
/// </summary>
public sealed class EventCoder
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

    private readonly KnowledgeBase kb;
    private readonly List<DateOnly?> attributionDates = [];
    private readonly PatternMatcher matcher = new();
    private readonly PatternMatcher complementMatcher = new();
    private readonly ParseTree tree = new();
    private bool[] consumed = new bool[256];
    private bool[] actorAt = new bool[256];
    private readonly Dictionary<int, string> codedVerbs = [];
    private bool[] namedAt = new bool[256];

    /// <summary>When set, each verb with patterns adds a line saying what was matched and why it was or was not coded.</summary>
    public List<string>? Trace { get; set; }

    /// <summary>Creates a coder over <paramref name="knowledge"/>.</summary>
    public EventCoder(KnowledgeBase knowledge) => kb = knowledge;

    /// <summary>The events of <paramref name="article"/>, given its analysed document and resolved mentions.</summary>
    public List<Event> Code(Article article, Document document, List<ActorMention> mentions, ReadOnlySpan<bool> inQuote, PlaceResolver places)
    {
        var events = new List<Event>();
        var published = article.Published is { } p ? DateOnly.FromDateTime(p) : (DateOnly?)null;
        attributionDates.Clear();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            attributionDates.Add(published is { } day ? AttributionDate(document.SentenceTokens(s), inQuote.Slice(sentence.FirstToken, sentence.TokenCount), day) : null);
        }

        var first = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var last = first;
            while (last < mentions.Count && mentions[last].SentenceIndex == s)
            {
                last++;
            }

            if (last > first)
            {
                var sentence = document.Sentences[s];
                CodeSentence(article, document, s, mentions.GetRange(first, last - first), published,
                    inQuote.Slice(sentence.FirstToken, sentence.TokenCount), places, events);
            }

            first = last;
        }

        return events;
    }

    private void CodeSentence(
        Article article, Document document, int s, List<ActorMention> mentions, DateOnly? published,
        ReadOnlySpan<bool> inQuote, PlaceResolver places, List<Event> events)
    {
        var tokens = document.SentenceTokens(s);
        tree.Load(tokens);
        if (consumed.Length < tokens.Length)
        {
            consumed = new bool[tokens.Length * 2];
        }

        Array.Clear(consumed, 0, tokens.Length);
        codedVerbs.Clear();
        var sentence = document.Sentences[s];
        var isActor = MarkActors(tokens, mentions);
        var named = MarkNamed(tokens, mentions);

        // Governors before the verbs they govern, so "agreed to update" is read at "agree" and "update" is used up.
        for (var depth = 0; depth < 8; depth++)
        {
            for (var v = 0; v < tokens.Length; v++)
            {
                if (consumed[v] || Depth(tokens, v) != depth || !IsVerb(tokens, v) || VerbLemma(tokens[v]) is not { } lemma
                    || !kb.PatternsByVerb.TryGetValue(lemma, out var patterns))
                {
                    continue;
                }

                if (!IsCodable(tokens, v))
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: not coded, a modifier or relative clause ({tokens[v].Relation})");
                    continue;
                }

                var match = matcher.Best(tokens, tree, v, patterns, isActor);
                List<ActorMention>? townTarget = null;
                if (match is null && TownTargets(document, s, tokens, isActor, places) is { } withTowns)
                {
                    // "pounded the city of Kharkiv", "arrived in Goma": a town stands for its country as the target of
                    // an attack, an occupation or a visit.
                    match = matcher.Best(tokens, tree, v, patterns, withTowns);
                    if (match is { } t && t.Target >= 0 && !isActor[t.Target] && (t.Pattern.Code.QuadClass == 4 || t.Pattern.Code.Value is "042" or "043")
                        && places.TownAt(document, s, tokens, t.Target) is { } town)
                    {
                        var first = tokens[t.Target];
                        townTarget = [new ActorMention(s, t.Target, t.Target, t.Target, first.Start, first.End, first.Text,
                            new Actor(town.Country, town.Country, null, null, town.Name), MentionKind.Name)];
                    }
                    else
                    {
                        match = null;
                    }
                }

                if (match is not { } m)
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: no pattern of '{lemma}' fits");
                    continue;
                }

                foreach (var c in matcher.Clause)
                {
                    if (tokens[c].Upos == "VERB" && c <= m.LastToken)
                    {
                        consumed[c] = true;
                    }
                }

                // "called it a gesture", "called the plan reckless": a verb with an object and a predicate on it names,
                // it does not act on the object.
                if (m.Target >= 0 && tokens[m.Target].Relation == "obj" && HasSecondaryPredicate(tokens, v))
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: '{m.Pattern.Text}' names its object, not an act on it");
                    continue;
                }

                // One act, one event: an infinitive of purpose after a verb already coded with the same root ("began a
                // hunger strike to protest …") restates that act.
                if (tokens[v].Relation is "advcl" or "xcomp" && tokens[v].Head is var governing and >= 0
                    && codedVerbs.TryGetValue(governing, out var governingRoot) && governingRoot == m.Pattern.Code.Root)
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: the purpose of an act already coded");
                    continue;
                }

                // A bare "agreed", "vowed" or "urged X" says less than the action it governs, which is coded instead
                // as the pledge, appeal or demand of that action.
                if (IsBare(m.Pattern) && KindOf(lemma) is Governor.Intent or Governor.Demand or Governor.Appeal or Governor.Threat && HasCodableComplement(tokens, v, isActor))
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: bare '{m.Pattern.Text}' left to the infinitive it governs");
                    continue;
                }

                // "Said" and "told reporters" carry the statement, not an event of their own: their content is coded.
                if (m.Pattern.Code.Value == "010" && Dyad.Actors.Coreference.SayVerbs.Contains(lemma))
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: a verb of saying; its content is coded, not the saying");
                    continue;
                }

                var code = Stance(tokens, v, m.Pattern.Code, out var stanceRule, out var asker);
                if (code is null || !kb.EventTypes.TryGetValue(code, out var type))
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: '{m.Pattern.Text}' ({m.Pattern.Code}) not coded: negated, modal or conditional");
                    continue;
                }

                Trace?.Add($"[{s}] {tokens[v].Text}@{v}: '{m.Pattern.Text}' → {code}{(stanceRule is null ? "" : " " + stanceRule)}, target token {m.Target}");

                var fallback = m.Pattern.HasTarget ? -1 : ObjectActor(tokens, matcher.Clause, isActor, named, v, m.Used);
                codedVerbs[v] = m.Pattern.Code.Root;
                Emit(article, document, s, sentence, tokens, townTarget is null ? mentions : [.. mentions, .. townTarget], v, m, fallback, asker, type,
                    stanceRule, published, inQuote, places, events);
            }
        }

        CodeVisits(article, document, s, sentence, tokens, mentions, published, places, events);
    }

    /// <summary>
    /// Visits named by a noun: "during a visit to Accra by Burkina Faso's defence minister", "Widodo's visit to Kuala
    /// Lumpur", "X, on a visit to Y, said …" are trips made (042) like "X visited Y"; planned or cancelled ones are not.
    /// </summary>
    private void CodeVisits(
        Article article, Document document, int s, Sentence sentence, ReadOnlySpan<Token> tokens, List<ActorMention> mentions,
        DateOnly? published, PlaceResolver places, List<Event> events)
    {
        if (!kb.EventTypes.TryGetValue("042", out var visit))
        {
            return;
        }

        for (var n = 0; n < tokens.Length; n++)
        {
            if (tokens[n].Upos != "NOUN" || tokens[n].Lemma is not ("visit" or "trip" or "tour") || consumed[n])
            {
                continue;
            }

            List<ActorMention> targets = [], sources = [];
            var unreal = false;
            foreach (var c in tree.Children(n))
            {
                var t = tokens[c];
                if (t.Relation == "nmod" && HasCase(tokens, c, "to"))
                {
                    targets = MentionsAt(tokens, mentions, c);
                }
                else if (t.Relation == "nmod" && HasCase(tokens, c, "by"))
                {
                    sources = MentionsAt(tokens, mentions, c);
                }
                else if (t.Relation == "nmod:poss")
                {
                    sources = MentionsAt(tokens, mentions, c);
                }
                else if (t.Relation is "amod" or "compound" && (t.Lemma ?? t.Text).ToLowerInvariant() is "planned" or "upcoming" or "proposed"
                    or "possible" or "postponed" or "cancelled" or "canceled" or "future" or "next" or "expected" or "scheduled" or "delayed")
                {
                    unreal = true;
                }
            }

            // "X, on a visit to Y, said …": the visitor is the subject of the clause the visit hangs from.
            var governor = tokens[n].Head;
            if (sources.Count == 0 && governor >= 0 && tokens[n].Relation is "obl" or "nmod" && tokens[governor].Upos == "VERB")
            {
                sources = Sources(tokens, mentions, governor);
            }

            if (unreal || targets.Count == 0 || sources.Count == 0 || (governor >= 0 && Stance(tokens, governor, visit.Code, out _, out _) is null))
            {
                continue;
            }

            var date = published is { } day ? (governor >= 0 ? DateResolver.Resolve(tokens, governor, day) : null) ?? day : (DateOnly?)null;
            foreach (var a in sources)
            {
                foreach (var b in targets)
                {
                    if (a.Actor is not { } source || b.Actor is not { } target || source.Country == target.Country)
                    {
                        continue;
                    }

                    var first = Math.Min(Math.Min(a.FirstToken, b.FirstToken), n);
                    var last = Math.Max(Math.Max(a.LastToken, b.LastToken), n);
                    var place = places.Locate(article, document, s, tokens, n, a, b);
                    events.Add(new Event(
                        article.Id, s, date, source, target, visit.Code, visit.Goldstein, visit.Plover, place,
                        document.Text[sentence.Start..sentence.End], tokens[first].Start, tokens[last].End, "noun: visit to +", 0.6));
                }
            }
        }
    }

    private void Emit(
        Article article, Document document, int s, Sentence sentence, ReadOnlySpan<Token> tokens, List<ActorMention> mentions,
        int v, PatternMatch m, int fallback, int asker, EventType type, string? stanceRule, DateOnly? published, ReadOnlySpan<bool> inQuote,
        PlaceResolver places, List<Event> events)
    {
        var confidence = 0.9;
        List<ActorMention> sources, targets;
        if (asker >= 0 && KindOf(tokens[asker].Lemma) == Governor.Threat)
        {
            // A threat: from whoever warns, against the action's target (or those the passive names: "would be arrested").
            sources = Sources(tokens, mentions, asker);
            targets = m.Target >= 0 ? MentionsAt(tokens, mentions, m.Target) : Subject(tokens, mentions, v);
            if (targets.Count == 0 && fallback >= 0)
            {
                targets = MentionsAt(tokens, mentions, fallback);
            }

            fallback = -1;
        }
        else if (asker >= 0)
        {
            // An appeal or demand: from whoever asks, to whoever is asked (the object of "urge", the subject of the "that" clause).
            sources = Sources(tokens, mentions, asker);
            targets = tokens[v].Relation == "ccomp" ? Subject(tokens, mentions, v) : AskedActor(tokens, mentions, asker, v);
            fallback = -1;
        }
        else
        {
            sources = Sources(tokens, mentions, v);
            targets = m.Target >= 0 ? MentionsAt(tokens, mentions, m.Target) : [];
        }

        if (sources.Count == 0)
        {
            return;
        }

        if (targets.Count == 0 && asker < 0 && tokens[v].Relation == "conj" && type.Code.QuadClass <= 2 && ConjunctTargets(tokens, mentions, v, sources) is { Count: > 0 } shared)
        {
            // "apologised to Namibia and pledged to fund projects": the second verb acts towards the first one's target.
            targets = shared;
            confidence -= 0.2;
        }

        if (targets.Count == 0 && asker < 0 && type.Code.Root is "01" or "11" or "12" && ContentActors(tokens, mentions, v, sources) is { Count: > 0 } content)
        {
            // "voiced doubt that a truce with Boko Haram would hold": a statement is about the actor its content names.
            targets = content;
            confidence -= 0.2;
        }

        if (targets.Count == 0 && fallback >= 0 && !(m.Pattern.Mutual && sources.Count > 1))
        {
            // A pattern without a target slot ("decline to comment") still acts on the actor its clause names.
            targets = MentionsAt(tokens, mentions, fallback);
            targets.RemoveAll(t => sources.Exists(x => x.Actor?.Code == t.Actor?.Code || (t.Actor?.Sector is null && x.Actor?.Country == t.Actor?.Country)));
            confidence -= 0.15;
        }
        var pairs = new List<(ActorMention Source, ActorMention Target)>();
        if (targets.Count > 0)
        {
            foreach (var a in sources)
            {
                foreach (var b in targets)
                {
                    pairs.Add((a, b));
                }
            }
        }

        // Coordinated actors who pledge, agree or sign with no one else named act towards each other.
        if (m.Pattern.Mutual || (targets.Count == 0 && m.Pattern.Code.QuadClass <= 2))
        {
            // "Peru and Chile agreed": each coordinated actor acts towards the other.
            if (sources.Count > 1 && targets.Count == 0)
            {
                foreach (var a in sources)
                {
                    foreach (var b in sources)
                    {
                        if (!ReferenceEquals(a, b))
                        {
                            pairs.Add((a, b));
                        }
                    }
                }
            }

        }

        if (pairs.Count == 0 && targets.Count == 0 && (type.Code.Root == "14" || type.Code.Value.StartsWith("133", StringComparison.Ordinal)))
        {
            // A protest or strike that names no target is aimed at the protesters' own government (CAMEO's convention).
            foreach (var a in sources)
            {
                if (a.Actor is { Country.Length: 3 } actor && actor.Sector != "GOV")
                {
                    pairs.Add((a, a with { Actor = new Actor(actor.Country + "GOV", actor.Country, "GOV"), Resolved = true }));
                }
            }
        }

        if (pairs.Count == 0 && m.Pattern.Code.QuadClass == 4 && LinkedClauseActors(tokens, mentions, v) is { Count: > 0 } linked)
        {
            // "Though Humala has made arrests, the rebels …": a coercive act with no object names the other side.
            foreach (var a in sources)
            {
                foreach (var b in linked)
                {
                    pairs.Add((a, b));
                }
            }

            confidence -= 0.3;
        }

        if (pairs.Count == 0)
        {
            return;
        }

        // An announced, refused, asked-for or threatened action happens when it is said, not when it would be done
        // ("ready to resume talks next week" is dated by the statement); a reported action keeps its own date, else
        // the date of the clause it hangs from ("cut ties on Monday …, accusing Doha"), else the story's.
        var date = published is not { } day ? (DateOnly?)null
            : stanceRule is not null
                ? AncestorDate(tokens, v, day) ?? QuotedDate(s, inQuote[v], stanceRule) ?? (inQuote[v] ? null : DateResolver.Resolve(tokens, v, day)) ?? day
                : DateResolver.Resolve(tokens, v, day) ?? AncestorDate(tokens, v, day) ?? day;
        var location = places.Locate(article, document, s, tokens, v, pairs[0].Source, pairs[0].Target);
        var quote = inQuote[v] ? QuoteAround(document, tokens, inQuote, v) : null;
        var rule = $"{Path.GetFileNameWithoutExtension(m.Pattern.Source.File)}:{m.Pattern.Source.Line} {m.Pattern.Text}"
            + (stanceRule is null ? "" : " [" + stanceRule + "]");
        var seen = new HashSet<(string, string)>();
        foreach (var (a, b) in pairs)
        {
            var source = a.Actor;
            var target = Counterpart(tokens, b, source);
            if (type.Code.Root is "01" or "04" && tokens[b.Head].Lemma is "reporter" or "reporters" or "journalist" or "journalists" or "press"
                or "correspondent" or "correspondents" or "newsman" or "newsmen")
            {
                // Speaking to reporters is how the news is made, not an event between actors.
                continue;
            }

            if (source is null || target is null || source.Code == target.Code || !seen.Add((source.Code, target.Code)))
            {
                continue;
            }

            var first = Math.Min(Math.Min(a.FirstToken, b.FirstToken), v);
            var last = Math.Max(Math.Max(a.LastToken, b.LastToken), Math.Max(v, m.LastToken));
            var c = confidence - (a.Resolved ? 0.1 : 0) - (b.Resolved ? 0.1 : 0) - (m.Pattern.Parts.Length == 1 ? 0.1 : 0)
                - (stanceRule is null ? 0 : 0.1);
            if (events.Exists(x => x.SentenceIndex == s && x.ArticleId == article.Id && x.Code == type.Code && x.Source.Code == source.Code
                && x.Target?.Code == target.Code))
            {
                // One sentence reports one such event, however many verbs restate it ("to resign and hand power").
                continue;
            }

            events.Add(new Event(
                article.Id, s, date, source, target, type.Code, type.Goldstein, type.Plover, location,
                document.Text[sentence.Start..sentence.End], tokens[first].Start, tokens[last].End, rule, Math.Clamp(c, 0.05, 1), quote));
        }
    }

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
                var kind = KindOf(tokens[head].Lemma);
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
            if (rel is "ccomp" && head >= 0 && governor == Governor.None && KindOf(tokens[head].Lemma) is Governor.Demand or Governor.Appeal or Governor.Threat)
            {
                governor = KindOf(tokens[head].Lemma);
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

    /// <summary>A verb, or a word the tagger missed as one but that carries a verb's auxiliaries ("would free").</summary>
    private bool IsVerb(ReadOnlySpan<Token> tokens, int v)
    {
        if (tokens[v].Upos == "VERB")
        {
            return true;
        }

        if (tokens[v].Upos is not ("ADJ" or "NOUN"))
        {
            return false;
        }

        foreach (var c in tree.Children(v))
        {
            if (tokens[c].Relation == "aux" || (tokens[c].Relation == "mark" && tokens[c].Text == "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The dictionary form of a verb as the patterns spell it: the lemmatizer's, else one undone by the regular
    /// English endings ("declined" → decline, "stopped" → stop), since unseen verbs may be lemmatized wrongly.
    /// </summary>
    private string? VerbLemma(in Token token)
    {
        var lemma = (token.Lemma ?? token.Text).ToLowerInvariant();
        if (kb.PatternsByVerb.ContainsKey(lemma))
        {
            return lemma;
        }

        var w = token.Text.ToLowerInvariant();
        foreach (var candidate in Stems(w))
        {
            if (kb.PatternsByVerb.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return lemma;
    }

    private static IEnumerable<string> Stems(string w)
    {
        yield return w;
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return w[..^3] + "y";
        }

        foreach (var ending in (string[])["ed", "ing", "es", "s"])
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal) || w.Length <= ending.Length + 2)
            {
                continue;
            }

            var stem = w[..^ending.Length];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 3 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }
    }

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
                || (tokens[c].Relation is "ccomp" && KindOf(tokens[v].Lemma) is Governor.Demand or Governor.Appeal or Governor.Threat);
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
                    if (c > subject && tokens[c].Relation == "nsubj" && HasConjunctionBetween(tokens, subject, c))
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

    /// <summary>A pattern that names only the verb and perhaps its target ("demand", "urge +").</summary>
    private static bool IsBare(VerbPattern pattern)
    {
        foreach (var part in pattern.Parts.AsSpan(1))
        {
            if (!part.IsTarget)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasConjunctionBetween(ReadOnlySpan<Token> tokens, int a, int b)
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

    private static string QuoteAround(Document document, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int v)
    {
        var a = v;
        while (a > 0 && inQuote[a - 1])
        {
            a--;
        }

        var b = v;
        while (b < tokens.Length - 1 && inQuote[b + 1])
        {
            b++;
        }

        return document.Text[tokens[a].Start..tokens[b].End];
    }

    private static int Depth(ReadOnlySpan<Token> tokens, int v)
    {
        var depth = 0;
        for (var node = tokens[v].Head; node >= 0 && depth < 64; node = tokens[node].Head)
        {
            if (tokens[node].Upos == "VERB")
            {
                depth++;
            }
        }

        return Math.Min(depth, 7);
    }

    private bool HasCase(ReadOnlySpan<Token> tokens, int noun, string word)
    {
        foreach (var c in tree.Children(noun))
        {
            if (tokens[c].Relation == "case" && string.Equals(tokens[c].Text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasMark(ReadOnlySpan<Token> tokens, int verb, params ReadOnlySpan<string> words)
    {
        foreach (var c in tree.Children(verb))
        {
            if (tokens[c].Relation == "mark")
            {
                foreach (var w in words)
                {
                    if (string.Equals(tokens[c].Text, w, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
