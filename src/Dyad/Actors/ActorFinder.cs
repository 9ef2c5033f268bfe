using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Finds the actors a parsed document mentions: dictionary phrases matched over tokens (longest first), grouped into
/// noun phrases by the parse ("U.S. Defense Secretary Leon Panetta" → one USAGOV mention), coordinated actors split
/// ("ministers from Peru and the United States" → PERGOV and USAGOV), and pronouns kept for <see cref="Coreference"/>.
/// </summary>
public sealed class ActorFinder
{
    private const int MaxSentence = 512;

    private readonly KnowledgeBase kb;
    private readonly Dictionary<string, string> folds = new(StringComparer.Ordinal);
    private readonly ParseTree tree = new();
    private readonly List<Piece> pieces = [];
    private readonly char[] key = new char[512];
    private int[] pieceAt = new int[MaxSentence];

    /// <summary>Creates a finder over <paramref name="knowledge"/>.</summary>
    public ActorFinder(KnowledgeBase knowledge) => kb = knowledge;

    /// <summary>The mentions of every sentence of <paramref name="document"/>, in text order; people are resolved as of <paramref name="date"/>.</summary>
    public List<ActorMention> Find(Document document, DateOnly? date, ReadOnlySpan<bool> inQuote)
    {
        var mentions = new List<ActorMention>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            FindInSentence(document, s, date, inQuote.Slice(sentence.FirstToken, sentence.TokenCount), mentions);
        }

        return mentions;
    }

    /// <summary>The places named in sentence <paramref name="s"/>, by token; only capitalised phrases count.</summary>
    public void Places(Document document, int s, Span<City?> placeAt)
    {
        var tokens = document.SentenceTokens(s);
        var caseless = IsCaseless(tokens);
        placeAt.Clear();
        for (var i = 0; i < tokens.Length;)
        {
            var n = Match(tokens, i, caseless, out var meanings);
            if (n == 0)
            {
                i++;
                continue;
            }

            City? city = null;
            foreach (var m in meanings)
            {
                if (m is CityName c && (city is null || c.City.Population > city.Population))
                {
                    city = c.City;
                }
            }

            if (city is not null)
            {
                for (var k = i; k < i + n; k++)
                {
                    placeAt[k] = city;
                }
            }

            i += n;
        }
    }

    private void FindInSentence(Document document, int s, DateOnly? date, ReadOnlySpan<bool> inQuote, List<ActorMention> mentions)
    {
        var tokens = document.SentenceTokens(s);
        if (tokens.Length > pieceAt.Length)
        {
            pieceAt = new int[tokens.Length * 2];
        }

        tree.Load(tokens);
        pieces.Clear();
        var caseless = IsCaseless(tokens);
        pieceAt.AsSpan(0, tokens.Length).Fill(-1);
        for (var i = 0; i < tokens.Length;)
        {
            var n = Match(tokens, i, caseless, out var meanings);
            if (n == 0)
            {
                i++;
                continue;
            }

            var head = PhraseHead(tokens, i, i + n - 1);
            for (var k = i; k < i + n; k++)
            {
                pieceAt[k] = pieces.Count;
            }

            pieces.Add(new Piece(i, i + n - 1, head, meanings));
            i += n;
        }

        // Climb each piece to the head of its noun phrase, remembering the conjunct it hangs from.
        var groups = new List<Group>();
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            if (!HasActorMeaning(piece.Meanings))
            {
                continue;
            }

            var node = piece.Head;
            var conjunct = -1;
            while (true)
            {
                var t = tokens[node];
                var parent = t.Head;
                if (parent < 0 || parent >= tokens.Length)
                {
                    break;
                }

                // "Indonesian and Australian warships": the second adjective hangs from the first.
                var adjectiveConjunct = t.Relation == "conj" && tokens[parent].Upos == "ADJ" && tokens[parent].Relation == "amod";
                if (!IsNominal(tokens[parent].Upos) && !adjectiveConjunct)
                {
                    break;
                }

                var rel = t.Relation ?? "";
                if (rel == "conj")
                {
                    conjunct = conjunct < 0 ? node : conjunct;
                }
                else if (rel is "compound" or "flat" or "flat:name" or "amod" or "nmod:poss" or "appos" or "nmod:desc"
                    && (IsNominal(tokens[parent].Upos) || rel == "amod"))
                {
                }
                else if (rel.StartsWith("nmod", StringComparison.Ordinal) && Means<SectorWord>(parent)
                    && CaseOf(tokens, node) is var preposition && (preposition is "of" or "from" or "in" || (preposition == "at" && Means<OrganisationName>(node))))
                {
                    // "ministers from Peru", "judges at the International Criminal Court": members of what they hang on.
                }
                else if (rel.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(tokens, node) is null && OneCapitalisedRun(tokens, node, parent))
                {
                    // "Solomon Islands Prime Minister Manasseh Sogavare" with the name hung on "Islands" as a modifier:
                    // capitalised words in an unbroken run, with no preposition between, are one name.
                }
                else
                {
                    break;
                }

                node = parent;
            }

            var g = groups.FindIndex(x => x.Head == node);
            if (g < 0)
            {
                groups.Add(new Group(node));
                g = groups.Count - 1;
            }

            groups[g].Add(conjunct, p);
        }

        foreach (var group in groups)
        {
            AddMentions(document, s, tokens, group, date, inQuote, mentions);
        }

        AddPronouns(document, s, tokens, inQuote, mentions);
    }

    private void AddMentions(
        Document document, int s, ReadOnlySpan<Token> tokens, Group group, DateOnly? date, ReadOnlySpan<bool> inQuote, List<ActorMention> mentions)
    {
        var shared = Compose(group.Slots[0].Pieces, date);
        var coordinated = group.Slots.Count > 1;
        var headToken = tokens[group.Head];
        var plural = coordinated || headToken.Xpos is "NNS" or "NNPS";
        string? possessor = null;
        foreach (var c in tree.Children(group.Head))
        {
            if (tokens[c].Relation == "nmod:poss" && tokens[c].Upos == "PRON")
            {
                possessor = tokens[c].Text.ToLowerInvariant();
            }
        }

        for (var k = 0; k < group.Slots.Count; k++)
        {
            var slot = group.Slots[k];
            var own = k == 0 ? shared : Compose(slot.Pieces, date);
            if (k == 0 && coordinated && !own.HasIdentity && own.Sector is null)
            {
                continue;
            }

            if (k > 0)
            {
                own = own.FillFrom(shared);
            }

            var actor = own.ToActor();
            var first = group.Head;
            var last = group.Head;
            foreach (var p in slot.Pieces)
            {
                first = Math.Min(first, pieces[p].First);
                last = Math.Max(last, pieces[p].Last);
            }

            if (k == 0 || !own.HasIdentity)
            {
                foreach (var p in group.Slots[0].Pieces)
                {
                    first = Math.Min(first, pieces[p].First);
                    last = Math.Max(last, pieces[p].Last);
                }
            }

            var name = own.Name ?? UnknownName(tokens, group.Head, own);
            if (actor is not null && name is not null && actor.Name is null)
            {
                actor = actor with { Name = name };
            }

            var kind = own.HasIdentity ? MentionKind.Name : MentionKind.Role;
            if (kind == MentionKind.Role && headToken.Lemma is "town" or "city" or "village" or "area" or "region" or "territory" or "district"
                or "province" or "zone" or "neighbourhood" or "neighborhood" or "enclave")
            {
                // "the rebel-held town", "opposition areas": places, not the actors that name them.
                continue;
            }

            if (actor is null && possessor is null)
            {
                continue;
            }

            var start = tokens[first].Start;
            var end = tokens[last].End;
            mentions.Add(new ActorMention(s, group.Head, first, last, start, end, document.Text[start..end], actor, kind)
            {
                Plural = plural,
                PersonLike = own.Person || (!plural && !own.HasOrganisation
                    && (name is not null || own.Title || (headToken.Upos == "NOUN" && !IsInstitution(headToken.Lemma)))),
                InQuote = inQuote[group.Head],
                IsSubject = headToken.Relation is "nsubj" or "nsubj:pass",
                Pronoun = own.HasIdentity ? null : possessor ?? (IsPair(tokens, group.Head) ? "two" : null),
            });
        }
    }

    private void AddPronouns(Document document, int s, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, List<ActorMention> mentions)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (pieceAt[i] < 0 && t.Upos == "NOUN" && t.Lemma is "country" or "nation" or "side" or "neighbour" or "neighbor" or "state"
                or "leader" or "leaders" or "delegation" or "counterpart" && IsPair(tokens, i))
            {
                // "the two countries", "both sides": the last two countries named, resolved by Coreference.
                var first = i;
                foreach (var c in tree.Children(i))
                {
                    first = Math.Min(first, c);
                }

                // "The two leaders" are the governments' heads; "the two countries" the states themselves.
                var role = t.Lemma is "leader" or "leaders" or "delegation" or "counterpart" ? new Actor("GOV", null, "GOV") : null;
                mentions.Add(new ActorMention(s, i, first, i, tokens[first].Start, t.End, document.Text[tokens[first].Start..t.End], role, MentionKind.Pronoun)
                {
                    Pronoun = "two",
                    Plural = true,
                    InQuote = inQuote[i],
                });
                continue;
            }

            if (t.Upos != "PRON" || pieceAt[i] >= 0)
            {
                continue;
            }

            var word = t.Text.ToLowerInvariant();
            var rel = t.Relation ?? "";
            if (rel == "nmod:poss")
            {
                // "our country", "his government": the possessed noun stands for the possessor's country.
                var head = t.Head;
                if (head < 0 || !(tokens[head].Lemma is "country" or "nation" or "people") || pieceAt[head] >= 0)
                {
                    continue;
                }

                mentions.Add(new ActorMention(s, head, i, head, t.Start, tokens[head].End, document.Text[t.Start..tokens[head].End], null, MentionKind.Pronoun)
                {
                    Pronoun = word,
                    InQuote = inQuote[i],
                });
                continue;
            }

            if (word is not ("he" or "she" or "him" or "her" or "it" or "they" or "them" or "we" or "us" or "i" or "me"))
            {
                continue;
            }

            mentions.Add(new ActorMention(s, i, i, i, t.Start, t.End, t.Text, null, MentionKind.Pronoun)
            {
                Pronoun = word,
                InQuote = inQuote[i],
                Plural = word is "they" or "them" or "we" or "us",
                PersonLike = word is "he" or "she" or "him" or "her" or "i" or "me",
            });
        }
    }

    /// <summary>Role nouns that name a body rather than a person ("the ministry", "the army"): "he" never refers to them.</summary>
    private static bool IsInstitution(string? lemma) => lemma?.ToLowerInvariant() is "government" or "ministry" or "army" or "navy"
        or "police" or "military" or "party" or "council" or "court" or "parliament" or "assembly" or "congress" or "senate"
        or "agency" or "commission" or "authority" or "authorities" or "force" or "forces" or "service" or "administration"
        or "cabinet" or "junta" or "regime" or "office" or "embassy" or "committee" or "union" or "group" or "movement"
        or "front" or "company" or "bank" or "media" or "press" or "people" or "opposition" or "state" or "guard" or "unit"
        or "coalition" or "alliance" or "organisation" or "organization" or "network" or "militia" or "legislature" or "leadership";

    /// <summary>True for "the two leaders", "both governments": a plural that stands for two actors named before.</summary>
    private bool IsPair(ReadOnlySpan<Token> tokens, int head)
    {
        foreach (var c in tree.Children(head))
        {
            var w = tokens[c].Text;
            // "two hundred students" is a crowd, not a pair: the numeral must stand alone.
            var alone = c + 1 >= tokens.Length || tokens[c + 1].Upos != "NUM";
            if ((tokens[c].Relation == "nummod" && (w == "two" || w == "2") && alone) || w.Equals("both", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names of people the dictionaries do not know: the proper nouns of the phrase not matched as pieces.</summary>
    private string? UnknownName(ReadOnlySpan<Token> tokens, int head, in Composition own)
    {
        if (tokens[head].Upos != "PROPN" || pieceAt[head] >= 0 || own.HasOrganisation || !char.IsUpper(tokens[head].Text[0]))
        {
            return null;
        }

        // The run of proper nouns around the head that no dictionary phrase took ("Peter Mwangi").
        var first = head;
        while (first > 0 && tokens[first - 1].Upos == "PROPN" && pieceAt[first - 1] < 0)
        {
            first--;
        }

        var last = head;
        while (last + 1 < tokens.Length && tokens[last + 1].Upos == "PROPN" && pieceAt[last + 1] < 0 && tokens[last + 1].Head == head)
        {
            last++;
        }

        return string.Join(' ', tokens[first..(last + 1)].ToArray().Select(t => t.Text));
    }

    /// <summary>The preposition marking <paramref name="noun"/>, lower-cased; null when it has none.</summary>
    private string? CaseOf(ReadOnlySpan<Token> tokens, int noun)
    {
        foreach (var k in tree.Children(noun))
        {
            if (tokens[k].Relation == "case")
            {
                return tokens[k].Text.ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool OneCapitalisedRun(ReadOnlySpan<Token> tokens, int a, int b)
    {
        for (var k = Math.Min(a, b); k <= Math.Max(a, b); k++)
        {
            if (tokens[k].Text.Length == 0 || !char.IsUpper(tokens[k].Text[0]) || tokens[k].Upos is not ("PROPN" or "NOUN" or "ADJ"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the dictionary phrase covering <paramref name="token"/> has a meaning of kind <typeparamref name="T"/>.</summary>
    private bool Means<T>(int token)
        where T : PhraseMeaning
    {
        var p = pieceAt[token];
        if (p < 0)
        {
            return false;
        }

        foreach (var m in pieces[p].Meanings)
        {
            if (m is T)
            {
                return true;
            }
        }

        return false;
    }

    private Composition Compose(List<int> slot, DateOnly? date)
    {
        var c = default(Composition);
        foreach (var p in slot)
        {
            var meanings = pieces[p].Meanings;
            OfficeHolder? person = null;
            foreach (var m in meanings)
            {
                if (m is PersonName pn && (date is null || HeldAround(pn.Person, date.Value)) && (person is null || pn.Person.Start > person.Start))
                {
                    person = pn.Person;
                }
            }

            if (person is not null)
            {
                c.Person = true;
                c.Country = person.Country;
                c.Sector = person.Sector;
                c.Name = person.Name;
                c.PersonSector = true;
                continue;
            }

            foreach (var m in meanings)
            {
                var used = true;
                switch (m)
                {
                    case OrganisationName o when c.Organisation is null:
                        c.Organisation = o.Organisation;
                        break;
                    case CountryName cn when c.Country is null:
                        c.Country = cn.Country.Code;
                        break;
                    case MetonymName mn when c.Country is null:
                        c.Country = mn.Country.Code;
                        c.Sector ??= mn.Sector;
                        break;
                    case RegionName r when c.Country is null:
                        c.Country = r.Region.Code;
                        break;
                    case SectorWord sw when c.Sector is null || (c.SectorFromWord && !c.PersonSector && ((c.Title && !sw.Term.IsTitle) || (c.Sector == "GOV" && sw.Term.Sector != "GOV"))):
                        // A modifier names the sector better than a generic title after it ("rebel commander" → REB);
                        // the first role word wins unless it is a title and a non-title follows, or it is "government"
                        // marking the side of troops or police ("government troops" → MIL).
                        if (!c.PersonSector)
                        {
                            c.Sector = sw.Term.Sector;
                            c.SectorFromWord = true;
                            c.Title = sw.Term.IsTitle;
                        }

                        break;
                    case PersonName pn2 when !c.Person && c.Name is null:
                        // Out of office on this date: the person keeps the name and belongs to the country.
                        c.Country ??= pn2.Person.Country;
                        c.Name = pn2.Person.Name;
                        break;
                    default:
                        used = false;
                        break;
                }

                if (used)
                {
                    break;
                }
            }
        }

        return c;
    }

    private static bool HeldAround(OfficeHolder p, DateOnly date) =>
        date >= p.Start.AddDays(-p.Slack) && (p.End is null || date <= p.End.Value.AddDays(p.Slack));

    /// <summary>Longest dictionary phrase starting at token <paramref name="i"/> that the casing allows; 0 when none.</summary>
    private int Match(ReadOnlySpan<Token> tokens, int i, bool caseless, out PhraseMeaning[] meanings)
    {
        meanings = [];
        var t = tokens[i];
        if (t.Upos is "PUNCT" or "ADP" or "CCONJ" or "AUX" or "PART" or "SCONJ")
        {
            return 0;
        }

        var first = Fold(t.Text);
        if (first.Length == 0)
        {
            return 0;
        }

        var lemma = t.Lemma is { Length: > 0 } l && l != t.Text ? Fold(l) : first;
        var max = Math.Max(kb.LongestPhraseStartingWith(first), kb.LongestPhraseStartingWith(lemma));
        if (max == 0 && first.Length > 3 && first.Length < key.Length)
        {
            first.CopyTo(key);
            var singular = Singular(key.AsSpan(0, first.Length));
            max = singular > 0 ? kb.LongestPhraseStartingWith(key.AsSpan(0, singular)) : 0;
        }

        max = Math.Min(max, tokens.Length - i);
        for (var n = max; n >= 1; n--)
        {
            var last = tokens[i + n - 1];
            if (last.Upos is "PUNCT" && n > 1)
            {
                continue;
            }

            var length = BuildKey(tokens, i, n, useLemma: false);
            if (length > 0 && kb.TryGetMeaningsOfKey(key.AsSpan(0, length), out var found) && Allowed(tokens, i, n, caseless, found, out meanings))
            {
                return n;
            }

            if (last.Lemma is { Length: > 0 } ll && ll != last.Text)
            {
                length = BuildKey(tokens, i, n, useLemma: true);
                if (length > 0 && kb.TryGetMeaningsOfKey(key.AsSpan(0, length), out found) && Allowed(tokens, i, n, caseless, found, out meanings))
                {
                    return n;
                }
            }

            // A plural the lemmatizer kept ("Gunmen" read as a name at the start of a sentence): role words are singular.
            length = BuildKey(tokens, i, n, useLemma: false);
            if (length > 2 && Singular(key.AsSpan(0, length)) is var singular and > 0
                && kb.TryGetMeaningsOfKey(key.AsSpan(0, singular), out found) && OnlyRoles(found)
                && Allowed(tokens, i, n, caseless, found, out meanings))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>Rewrites the key in place to its singular ("gunmen" → "gunman", "militias" → "militia"); returns the new length or 0.</summary>
    internal static int Singular(Span<char> phrase)
    {
        var n = phrase.Length;
        if (phrase.EndsWith("men"))
        {
            phrase[n - 2] = 'a';
            return n;
        }

        if (phrase.EndsWith("ies"))
        {
            phrase[n - 3] = 'y';
            return n - 2;
        }

        if (phrase.EndsWith("s") && !phrase.EndsWith("ss"))
        {
            return n - 1;
        }

        return 0;
    }

    private static bool OnlyRoles(PhraseMeaning[] meanings)
    {
        foreach (var m in meanings)
        {
            if (m is not SectorWord)
            {
                return false;
            }
        }

        return true;
    }

    private int BuildKey(ReadOnlySpan<Token> tokens, int i, int n, bool useLemma)
    {
        var length = 0;
        for (var k = i; k < i + n; k++)
        {
            var word = useLemma && k == i + n - 1 ? Fold(tokens[k].Lemma!) : Fold(tokens[k].Text);
            if (word.Length == 0)
            {
                continue;
            }

            if (length + word.Length + 1 > key.Length)
            {
                return 0;
            }

            // "People 's Liberation Army": the possessive clitic joins its word again, as the dictionaries write it.
            if (length > 0 && word[0] != '\'')
            {
                key[length++] = ' ';
            }

            word.CopyTo(key.AsSpan(length));
            length += word.Length;
        }

        return length;
    }

    /// <summary>Keeps the meanings the token casing allows: names need capitals in mixed-case text, role words do not.</summary>
    private static bool Allowed(ReadOnlySpan<Token> tokens, int i, int n, bool caseless, PhraseMeaning[] found, out PhraseMeaning[] meanings)
    {
        var first = tokens[i];
        var capitalised = caseless || (first.Text.Length > 0 && (char.IsUpper(first.Text[0]) || char.IsDigit(first.Text[0])));
        var shortWord = n == 1 && LetterCount(first.Text) <= 3;

        // "US" the country, never "us" the pronoun; short names must be written in capitals in mixed-case text.
        var shortOk = !shortWord || caseless || IsAllCaps(first.Text);
        var headTag = tokens[i + n - 1].Upos;
        var roleOk = headTag is "NOUN" or "PROPN" or "ADJ" or "X" or "NUM";
        if (n == 1 && first.Upos == "PRON")
        {
            meanings = [];
            return false;
        }

        var keep = 0;
        foreach (var m in found)
        {
            if (m is SectorWord ? roleOk : capitalised && shortOk)
            {
                keep++;
            }
        }

        if (keep == found.Length)
        {
            meanings = found;
            return true;
        }

        if (keep == 0)
        {
            meanings = [];
            return false;
        }

        var kept = new PhraseMeaning[keep];
        keep = 0;
        foreach (var m in found)
        {
            if (m is SectorWord ? roleOk : capitalised && shortOk)
            {
                kept[keep++] = m;
            }
        }

        meanings = kept;
        return true;
    }

    private static int LetterCount(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsAllCaps(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for all-capitals or all-lower-case sentences (wire headlines, scraped text), matched ignoring case.</summary>
    private static bool IsCaseless(ReadOnlySpan<Token> tokens)
    {
        bool upper = false, lower = false;
        foreach (var t in tokens)
        {
            foreach (var c in t.Text)
            {
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
            }
        }

        return !(upper && lower);
    }

    private static int PhraseHead(ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var h = tokens[k].Head;
            if (h < first || h > last)
            {
                return k;
            }
        }

        return last;
    }

    private static bool HasActorMeaning(PhraseMeaning[] meanings)
    {
        foreach (var m in meanings)
        {
            if (m is not CityName)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNominal(string? upos) => upos is "NOUN" or "PROPN" or "PRON" or "NUM" or "X";

    private string Fold(string text)
    {
        if (folds.TryGetValue(text, out var f))
        {
            return f;
        }

        if (folds.Count > 200_000)
        {
            folds.Clear();
        }

        f = PhraseKey.Of(text);
        folds[text] = f;
        return f;
    }

    private readonly record struct Piece(int First, int Last, int Head, PhraseMeaning[] Meanings);

    /// <summary>The pieces of one noun phrase: slot 0 holds the head's own, later slots one conjunct each.</summary>
    private sealed class Group(int head)
    {
        public int Head { get; } = head;

        public List<(int Conjunct, List<int> Pieces)> Slots { get; } = [(-1, [])];

        public void Add(int conjunct, int piece)
        {
            if (conjunct < 0)
            {
                Slots[0].Pieces.Add(piece);
                return;
            }

            foreach (var slot in Slots)
            {
                if (slot.Conjunct == conjunct)
                {
                    slot.Pieces.Add(piece);
                    return;
                }
            }

            Slots.Add((conjunct, [piece]));
        }
    }

    /// <summary>What the pieces of one actor add up to.</summary>
    private struct Composition
    {
        public string? Country;
        public string? Sector;
        public string? Name;
        public Organisation? Organisation;
        public bool Person;
        public bool PersonSector;
        public bool SectorFromWord;
        public bool Title;

        public readonly bool HasOrganisation => Organisation is not null;

        public readonly bool HasIdentity => Country is not null || Organisation is not null;

        public readonly Composition FillFrom(in Composition shared)
        {
            var c = this;
            if (c.Organisation is null)
            {
                c.Sector ??= shared.SectorFromWord ? shared.Sector : null;
                c.Country ??= shared.Country;
                c.Title |= shared.Title && c.Sector == shared.Sector;
            }

            return c;
        }

        public readonly Actor? ToActor()
        {
            if (Organisation is { } o)
            {
                return new Actor(o.Code, o.Country, o.Sector, o.Group, Name ?? o.Name);
            }

            if (Country is null && Sector is null)
            {
                return null;
            }

            return new Actor((Country ?? "") + (Sector ?? ""), Country, Sector, null, Name);
        }
    }
}
