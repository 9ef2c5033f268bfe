using Dyad.Domain;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Resolves, within one article, what needs an antecedent: pronouns ("he", "they", "it"), possessives ("our
/// country", "his government"), "we" inside a quotation (the speaker) and role words without a country ("the
/// rebels", "soldiers", which take the country of the last like mention, else the dateline's).
/// </summary>
public static class Coreference
{
    /// <summary>Verbs that attribute a quotation or a statement to their subject.</summary>
    public static readonly HashSet<string> SayVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "announce", "declare", "insist", "stress", "note", "explain", "reply",
        "write", "argue", "acknowledge", "confirm", "claim", "assert", "remark", "comment", "tweet", "reiterate",
    };

    /// <summary>Verbs that also introduce a quotation ("…," the general warned): their subject is the speaker.</summary>
    private static readonly HashSet<string> QuotingVerbs = new(StringComparer.Ordinal)
    {
        "warn", "vow", "pledge", "promise", "threaten", "urge", "demand", "accuse", "ask", "plead", "admit", "deny", "complain",
        "boast", "predict", "concede", "respond", "shout", "chant", "declare", "proclaim", "charge", "allege", "caution",
    };

    private const int Window = 4;

    /// <summary>
    /// Returns the mentions of <paramref name="document"/> with antecedents filled in; a pronoun with a coordinated
    /// antecedent ("Peru and Chile … they") becomes one mention per actor; mentions left unresolved are dropped.
    /// <paramref name="townCountry"/> gives the country of a town a sentence names, if any: in a story with no
    /// dateline and no country named, a role ("rebels ambushed a patrol near Goma") belongs there. It is asked only then.
    /// </summary>
    public static List<ActorMention> Resolve(Document document, List<ActorMention> found, string? homeCountry, Func<int, string?>? townCountry = null)
    {
        found.Sort(static (a, b) => a.SentenceIndex != b.SentenceIndex
            ? a.SentenceIndex.CompareTo(b.SentenceIndex)
            : a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : a.Head.CompareTo(b.Head));
        var resolved = new List<ActorMention>(found.Count);

        // Without a dateline, the first country the story names is where unplaced roles belong.
        homeCountry ??= found.Find(m => m.Kind == MentionKind.Name && m.Actor?.Country is { Length: 3 })?.Actor?.Country;

        // Outside quotations first, the whole article: the attributions ("…," he said) name who "we" and "our" are
        // inside, and a quotation may open sentences before its attribution.
        var ranges = new List<(int From, int To)>(document.Sentences.Count);
        var from = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var to = from;
            while (to < found.Count && found[to].SentenceIndex == s)
            {
                to++;
            }

            ranges.Add((from, to));
            var sentenceMentions = found.GetRange(from, to - from);
            for (var k = from; k < to; k++)
            {
                if (!found[k].InQuote)
                {
                    ResolveOne(found[k], resolved, homeCountry, townCountry, null, sentenceMentions);
                }
            }

            from = to;
        }

        var speakers = new List<ActorMention>?[document.Sentences.Count];
        for (var s = 0; s < speakers.Length; s++)
        {
            speakers[s] = Speaker(document, s, resolved);
        }

        var quoted = new List<ActorMention>();
        List<ActorMention>? speaker = null;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var (first, last) = ranges[s];
            var hasQuote = HasQuote(found, first, last);
            speaker = speakers[s] ?? (hasQuote ? speaker : null);
            if (!hasQuote)
            {
                continue;
            }

            // A quotation whose attribution comes in a later sentence: "We will retaliate. Our patience has limits," he said.
            var own = speaker;
            for (var next = s + 1; own is null && next < speakers.Length && next <= s + 3; next++)
            {
                own = speakers[next];
            }

            var sentenceMentions = found.GetRange(first, last - first);
            var before = resolved.Count;
            for (var k = first; k < last; k++)
            {
                if (found[k].InQuote)
                {
                    ResolveOne(found[k], resolved, homeCountry, townCountry, own, sentenceMentions);
                }
            }

            // Keep quoted mentions aside until the end, so that the list searched for antecedents stays in text order.
            quoted.AddRange(resolved.GetRange(before, resolved.Count - before));
            resolved.RemoveRange(before, resolved.Count - before);
        }

        resolved.AddRange(quoted);
        resolved.Sort(static (a, b) => a.SentenceIndex != b.SentenceIndex
            ? a.SentenceIndex.CompareTo(b.SentenceIndex)
            : a.FirstToken.CompareTo(b.FirstToken));
        return resolved;
    }

    /// <summary>The country of the bare country or place named nearest to <paramref name="m"/> in its sentence, if any.</summary>
    private static string? NearestCountry(ActorMention m, List<ActorMention> sentence)
    {
        string? best = null;
        var distance = int.MaxValue;
        foreach (var x in sentence)
        {
            if (x.Kind == MentionKind.Name && x.Actor is { Sector: null, KnownGroup: null, Country.Length: 3 } a
                && Math.Abs(x.Head - m.Head) < distance && x.Head != m.Head)
            {
                best = a.Country;
                distance = Math.Abs(x.Head - m.Head);
            }
        }

        return best;
    }

    private static bool HasQuote(List<ActorMention> found, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (found[k].InQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The resolved subject of a verb of saying outside the quotation marks of sentence <paramref name="s"/>.</summary>
    private static List<ActorMention>? Speaker(Document document, int s, List<ActorMention> resolved)
    {
        var tokens = document.SentenceTokens(s);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Upos != "VERB" || tokens[i].Lemma is not { } lemma || !(SayVerbs.Contains(lemma) || QuotingVerbs.Contains(lemma)))
            {
                continue;
            }

            for (var j = 0; j < tokens.Length; j++)
            {
                if (tokens[j].Head == i && tokens[j].Relation is "nsubj")
                {
                    var subject = resolved.FindAll(m => m.SentenceIndex == s && m.Head == j && m.Actor is not null);
                    if (subject.Count > 0)
                    {
                        return subject;
                    }
                }
            }
        }

        return null;
    }

    private static void ResolveOne(ActorMention m, List<ActorMention> resolved, string? home, Func<int, string?>? town, List<ActorMention>? speaker, List<ActorMention> sentence)
    {
        if (m.Pronoun is null)
        {
            if (m.Actor is { Country: not null } || m.Actor is { KnownGroup: not null } || m.Kind == MentionKind.Name)
            {
                resolved.Add(m);
                return;
            }

            // A role without a country: the country of a like mention in the same sentence, else of a country the
            // sentence names ("soldiers … in western Myanmar"), else of the last like mention, else the dateline's,
            // else, in a story that names no country at all, of a town the sentence names ("near Goma").
            var sector = m.Actor?.Sector;
            var like = Last(resolved, m, x => x.Actor is { Country: not null } a && a.Sector == sector && x.PersonLike == m.PersonLike, int.MaxValue)
                ?? Last(resolved, m, x => x.Actor is { Country: not null } a && a.Sector == sector, int.MaxValue);
            var nearby = like is not null && like.SentenceIndex == m.SentenceIndex ? null : NearestCountry(m, sentence);
            var country = nearby ?? like?.Actor?.Country ?? home ?? town?.Invoke(m.SentenceIndex);
            if (country is null)
            {
                return;
            }

            var name = like is not null && m.PersonLike && like.PersonLike ? like.Actor!.Name : m.Actor?.Name;
            resolved.Add(m with { Actor = new Actor(country + sector, country, sector, null, name), Resolved = true });
            return;
        }

        var antecedents = Antecedents(m, resolved, speaker);
        if (m.Pronoun == "two")
        {
            foreach (var a in antecedents)
            {
                resolved.Add(m with { Actor = a.Actor, Resolved = true, Plural = true });
            }

            return;
        }

        foreach (var a in antecedents)
        {
            var actor = a.Actor!;
            if (m.Kind == MentionKind.Pronoun && m.Head != m.FirstToken)
            {
                // "our country", "their people": the possessor's country.
                actor = actor.Country is null ? actor : new Actor(actor.Country, actor.Country, null);
            }
            else if (m.Kind == MentionKind.Role && m.Actor is { } role)
            {
                // "his government", "its army": the possessor's country with the role's sector.
                var country = actor.Country;
                if (country is null)
                {
                    continue;
                }

                actor = new Actor(country + role.Sector, country, role.Sector);
            }

            resolved.Add(m with { Actor = actor, Resolved = true, PersonLike = a.PersonLike, Plural = m.Plural || a.Plural });
        }
    }

    private static List<ActorMention> Antecedents(ActorMention m, List<ActorMention> resolved, List<ActorMention>? speaker)
    {
        var word = m.Pronoun!;
        if (m.InQuote && word is "we" or "us" or "our" or "ours" or "i" or "me" or "my")
        {
            return speaker ?? [];
        }

        if (word == "two")
        {
            return LastTwoCountries(m, resolved, Window);
        }

        ActorMention? found = word switch
        {
            "he" or "she" or "him" or "her" or "his" or "hers" => Last(resolved, m, x => x.PersonLike && !x.Plural, Window),
            "it" or "its" => Last(resolved, m, x => !x.PersonLike && !x.Plural, Window),
            "they" or "them" or "their" or "theirs" or "we" or "us" or "our" => Last(resolved, m, x => x.Plural, 1),
            _ => null,
        };

        if (found is null && word is "they" or "them" or "their" or "theirs" or "we" or "us" or "our")
        {
            // "Kenya's president met his Ugandan counterpart. They agreed …": the two sides of the last sentence.
            var pair = LastTwoCountries(m, resolved, 1);
            if (pair.Count == 2)
            {
                return pair;
            }

            found = Last(resolved, m, x => x.Plural, Window) ?? Last(resolved, m, x => !x.PersonLike, Window);
        }

        if (found is null)
        {
            return [];
        }

        // A coordinated antecedent ("Peru and Chile") is every actor sharing its head.
        return resolved.FindAll(x => x.SentenceIndex == found.SentenceIndex && x.Head == found.Head && x.Actor is not null
            && (found.Plural || ReferenceEquals(x, found)));
    }

    /// <summary>"The two leaders": the last two actors of different countries named before, with the role's sector.</summary>
    private static List<ActorMention> LastTwoCountries(ActorMention m, List<ActorMention> resolved, int window)
    {
        var pair = new List<ActorMention>(2);

        // Coordinated countries named before ("Britain and Canada … the two countries") are the pair.
        for (var k = resolved.Count - 1; k > 0; k--)
        {
            var x = resolved[k];
            var y = resolved[k - 1];
            if (m.SentenceIndex - x.SentenceIndex > window)
            {
                break;
            }

            if (x.Head == y.Head && x.SentenceIndex == y.SentenceIndex && x.Actor?.Country is { Length: 3 } a && y.Actor?.Country is { Length: 3 } b && a != b
                && !(x.SentenceIndex == m.SentenceIndex && x.FirstToken >= m.FirstToken))
            {
                return [Pair(m, y), Pair(m, x)];
            }
        }

        for (var k = resolved.Count - 1; k >= 0 && pair.Count < 2; k--)
        {
            var x = resolved[k];
            if (m.SentenceIndex - x.SentenceIndex > window)
            {
                break;
            }

            if (x.Actor?.Country is not { Length: 3 } country || (x.SentenceIndex == m.SentenceIndex && x.FirstToken >= m.FirstToken)
                || pair.Exists(p => p.Actor!.Country == country))
            {
                continue;
            }

            pair.Add(Pair(m, x));
        }

        return pair.Count == 2 ? pair : [];
    }

    /// <summary>One of "the two": the antecedent's country with the role's sector, sharing the pair's head.</summary>
    private static ActorMention Pair(ActorMention m, ActorMention x)
    {
        // The pair shares one head so that events between them come out both ways, like coordinated actors.
        var country = x.Actor!.Country!;
        var sector = m.Actor?.Sector;
        var actor = m.Kind == MentionKind.Pronoun && m.Pronoun != "two" ? x.Actor
            : sector is null ? new Actor(country, country, null) : new Actor(country + sector, country, sector, null, x.PersonLike ? x.Actor.Name : null);
        return x with { Actor = actor, SentenceIndex = m.SentenceIndex, Head = m.Head, FirstToken = m.FirstToken, LastToken = m.LastToken, Plural = true };
    }

    /// <summary>
    /// The nearest earlier mention that <paramref name="match"/> accepts, sentence by sentence backwards; within a
    /// sentence a subject wins over the latest mention ("Humala met the army chief. He said …" → Humala).
    /// </summary>
    private static ActorMention? Last(List<ActorMention> resolved, ActorMention m, Predicate<ActorMention> match, int window)
    {
        ActorMention? latest = null;
        var sentence = -1;
        for (var k = resolved.Count - 1; k >= 0; k--)
        {
            var x = resolved[k];
            if (m.SentenceIndex - x.SentenceIndex > window || (latest is not null && x.SentenceIndex != sentence))
            {
                break;
            }

            if (x.Actor is null || x.SentenceIndex > m.SentenceIndex || (x.SentenceIndex == m.SentenceIndex && x.FirstToken >= m.FirstToken) || !match(x))
            {
                continue;
            }

            if (x.IsSubject)
            {
                return x;
            }

            if (latest is null)
            {
                latest = x;
                sentence = x.SentenceIndex;
            }
        }

        return latest;
    }
}
