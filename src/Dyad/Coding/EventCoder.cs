using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Codes the events of one parsed article from its actor mentions: at each verb the best verb pattern gives the
/// CAMEO code; the subject (or passive agent) is the source and the pattern's slot the target; negation, modal
/// verbs and conditions stop an action, while announced actions become pledges, threats or refusals. This file
/// holds the flow; <c>EventCoder.Stance.cs</c> decides whether and as what an action is coded,
/// <c>EventCoder.Participants.cs</c> who acts on whom, <c>EventCoder.Dates.cs</c> when.
/// </summary>
public sealed partial class EventCoder
{
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
                // hunger strike to protest …") restates that act, and so does the toll of an attack ("shelled the
                // city, killing five civilians").
                if (tokens[v].Relation is "advcl" or "xcomp" && tokens[v].Head is var governing and >= 0
                    && codedVerbs.TryGetValue(governing, out var governingRoot)
                    && (governingRoot == m.Pattern.Code.Root
                        || (tokens[v].Xpos == "VBG" && m.Pattern.Code.QuadClass == 4 && CameoCode.QuadClassOfRoot(int.Parse(governingRoot)) == 4)))
                {
                    Trace?.Add($"[{s}] {tokens[v].Text}@{v}: the purpose of an act already coded");
                    continue;
                }

                // A bare "agreed", "vowed" or "urged X" says less than the action it governs, which is coded instead
                // as the pledge, appeal or demand of that action.
                if (IsBare(m.Pattern) && GovernorOf(tokens, v) is Governor.Intent or Governor.Demand or Governor.Appeal or Governor.Threat && HasCodableComplement(tokens, v, isActor))
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
                        document.Text[sentence.Start..sentence.End], tokens[first].Start, tokens[last].End, "noun: visit to +", 0.6)
                    {
                        Highlights = Highlight(sentence, tokens, a, n, b),
                    });
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
        if (asker >= 0 && GovernorOf(tokens, asker) == Governor.Threat)
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

        if (targets.Count == 0 && asker < 0 && (tokens[v].Relation == "conj" || (tokens[v].Relation == "advcl" && HasMark(tokens, v, "to"))) && type.Code.QuadClass <= 2 && ConjunctTargets(tokens, mentions, v, sources) is { Count: > 0 } shared)
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

        if (targets.Count == 0 && asker < 0 && type.Code.Root is "10" or "02" && AddressedClauseSubject(tokens, mentions, v) is { Count: > 0 } addressed)
        {
            // "demanded that the U.S. government stop using …" when the demanded act itself has no pattern: the demand
            // is made of whoever must act.
            targets = addressed;
        }

        if (targets.Count == 0 && fallback >= 0 && !(m.Pattern.Mutual && sources.Count > 1))
        {
            // A pattern without a target slot ("decline to comment") still acts on the actor its clause names.
            targets = MentionsAt(tokens, mentions, fallback);
            targets.RemoveAll(t => sources.Exists(x => x.Actor?.Code == t.Actor?.Code || (t.Actor?.Sector is null && x.Actor?.Country == t.Actor?.Country)));
            if (type.Code.Root == "15")
            {
                // The forces a show of force deploys ("deployed thousands of officers") are its means, not its target.
                targets.RemoveAll(t => Array.IndexOf(m.Used, t.Head) >= 0);
            }
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

        // Coordinated actors who pledge, agree or sign with no one else named act towards each other, as do those whose
        // action names "each other" ("would back each other's bids", "accused one another").
        if (m.Pattern.Mutual || (targets.Count == 0 && (m.Pattern.Code.QuadClass <= 2 || Reciprocal(tokens, v))))
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

        if (pairs.Count == 0 && targets.Count == 0 && type.Code.Root == "15")
        {
            // A show of force aims at whoever the sentence names against it ("raised its alert level, citing movements
            // of North Korean troops", "deployed riot police ahead of an opposition march"): another country first.
            // Within the country, an actor with a sector (the opposition, not the capital), and never the forces the
            // pattern itself names ("deployed thousands of officers").
            var against = mentions.Find(x => x.Actor is { } a && sources.TrueForAll(y => y.Actor?.Country != a.Country))
                ?? mentions.Find(x => x.Actor is { Sector: not null } a && Array.IndexOf(m.Used, x.Head) < 0
                    && sources.TrueForAll(y => y.Actor?.Code != a.Code && y.Head != x.Head))
                ?? mentions.Find(x => x.Actor is { } a && Array.IndexOf(m.Used, x.Head) < 0
                    && sources.TrueForAll(y => y.Actor?.Code != a.Code && y.Head != x.Head));
            if (against is not null)
            {
                foreach (var a in sources)
                {
                    pairs.Add((a, against));
                }

                confidence -= 0.3;
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

            if (b.Kind == MentionKind.Pronoun && !sources.Contains(b) && sources.Exists(x => x.Actor?.Code == target.Code))
            {
                // "Britain and Canada … barring them": a pronoun object is never its own clause's subject (that would
                // be "themselves"), so it cannot make the subjects act on each other.
                continue;
            }

            var pairType = IsAssassination(tokens, v, type, b, target) && kb.EventTypes.TryGetValue("186", out var assassination) ? assassination : type;

            var first = Math.Min(Math.Min(a.FirstToken, b.FirstToken), v);
            var last = Math.Max(Math.Max(a.LastToken, b.LastToken), Math.Max(v, m.LastToken));
            var c = confidence - (a.Resolved ? 0.1 : 0) - (b.Resolved ? 0.1 : 0) - (m.Pattern.Parts.Length == 1 ? 0.1 : 0)
                - (stanceRule is null ? 0 : 0.1);
            if (events.Exists(x => x.SentenceIndex == s && x.ArticleId == article.Id && x.Code == pairType.Code && x.Source.Code == source.Code
                && x.Target?.Code == target.Code))
            {
                // One sentence reports one such event, however many verbs restate it ("to resign and hand power").
                continue;
            }

            events.Add(new Event(
                article.Id, s, date, source, target, pairType.Code, pairType.Goldstein, pairType.Plover, location,
                document.Text[sentence.Start..sentence.End], tokens[first].Start, tokens[last].End, rule, Math.Clamp(c, 0.05, 1), quote)
            {
                Highlights = Highlight(sentence, tokens, a, v, b),
            });
        }
    }

    /// <summary>
    /// "Gunmen shot dead the mayor", "an opposition leader was killed by gunmen": killing one political figure is an
    /// assassination (CAMEO 186), not a gunfight or a massacre.
    /// </summary>
    private bool IsAssassination(ReadOnlySpan<Token> tokens, int v, EventType type, ActorMention victim, Actor target) =>
        type.Code.Value is "190" or "193" or "180" && victim.PersonLike && !victim.Plural
        && target.Sector is "GOV" or "OPP" or "LEG" or "JUD" or "PTY" or "ELI"
        && VerbLemma(tokens[v]) is "kill" or "shoot" or "gun" or "murder" or "slay" or "stab";

    /// <summary>
    /// Where source, verb and target stand; a mention is widened to its head, which a name the dictionaries do not
    /// know ("Minister Roberto Ampuero") may lie beyond.
    /// </summary>
    private static Highlights Highlight(Sentence sentence, ReadOnlySpan<Token> tokens, ActorMention a, int verb, ActorMention b)
    {
        var (sourceStart, sourceEnd) = WithHead(tokens, a);
        var (targetStart, targetEnd) = WithHead(tokens, b);
        return new Highlights(sentence.Start, sourceStart, sourceEnd, tokens[verb].Start, tokens[verb].End, targetStart, targetEnd);
    }

    private static (int Start, int End) WithHead(ReadOnlySpan<Token> tokens, ActorMention m)
    {
        if (m.Head < 0 || m.Head >= tokens.Length)
        {
            return (m.Start, m.End);
        }

        // The rest of a name hangs on its first word ("Roberto" ← flat "Ampuero").
        var last = m.Head;
        while (last + 1 < tokens.Length && tokens[last + 1].Head == m.Head && tokens[last + 1].Relation is "flat" or "flat:name" or "compound")
        {
            last++;
        }

        return (Math.Min(m.Start, tokens[m.Head].Start), Math.Max(m.End, tokens[last].End));
    }

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

            // "he was optimistic", "we are confident that …": a predicate adjective the patterns know is a statement.
            if (tokens[c].Relation == "cop" && tokens[v].Upos == "ADJ" && kb.PatternsByVerb.ContainsKey((tokens[v].Lemma ?? tokens[v].Text).ToLowerInvariant()))
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
