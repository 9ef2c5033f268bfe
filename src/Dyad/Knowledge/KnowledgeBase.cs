using System.Collections.Frozen;

namespace Dyad.Knowledge;

/// <summary>
/// Everything Dyad knows, loaded from the knowledge files and indexed for lookup: a phrase index over every
/// name, alias, adjective, metonym, role word, person and city; the codebook; and verb patterns by verb.
/// Read-only once built.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>The PLOVER event types a codebook entry may map to.</summary>
    public static readonly FrozenSet<string> PloverTypes = FrozenSet.Create(StringComparer.Ordinal,
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private readonly FrozenDictionary<string, PhraseMeaning[]> phrases;
    private readonly FrozenDictionary<string, PhraseMeaning[]>.AlternateLookup<ReadOnlySpan<char>> phrasesBySpan;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordsAfterFirst;

    /// <summary>Builds the indexes over already validated entries.</summary>
    public KnowledgeBase(
        IReadOnlyList<Country> countries, IReadOnlyList<Region> regions, IReadOnlyList<SectorTerm> sectors,
        IReadOnlyList<Organisation> organisations, IReadOnlyList<OfficeHolder> people, IReadOnlyList<ActorType> actorTypes,
        IReadOnlyList<EventType> eventTypes, IReadOnlyList<VerbPattern> patterns, IReadOnlyList<City> cities)
    {
        Countries = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Regions = regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        Sectors = sectors;
        Organisations = organisations;
        People = people;
        ActorTypes = actorTypes.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        EventTypes = eventTypes.ToFrozenDictionary(e => e.Code.Value, StringComparer.Ordinal);
        Patterns = patterns;
        Cities = cities;
        PatternsByVerb = patterns
            .SelectMany(p => p.Verbs.Select(v => (Verb: v, Pattern: p)))
            .GroupBy(x => x.Verb, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pattern).ToArray(), StringComparer.Ordinal);

        var index = new Dictionary<string, List<PhraseMeaning>>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            Add(index, c.Name, new CountryName(c, false));
            AddAll(index, c.Aliases, new CountryName(c, false));
            AddAll(index, c.Adjectives, new CountryName(c, true));
            foreach (var m in c.Metonyms)
            {
                Add(index, m.Phrase, new MetonymName(c, m.Sector));
            }
        }

        foreach (var r in regions)
        {
            var meaning = new RegionName(r);
            Add(index, r.Name, meaning);
            AddAll(index, r.Aliases, meaning);
            AddAll(index, r.Adjectives, meaning);
        }

        foreach (var s in sectors)
        {
            Add(index, s.Phrase, new SectorWord(s));
        }

        foreach (var o in organisations)
        {
            var meaning = new OrganisationName(o);
            Add(index, o.Name, meaning);
            AddAll(index, o.Aliases, meaning);
        }

        foreach (var p in people)
        {
            var meaning = new PersonName(p);
            Add(index, p.Name, meaning);
            AddAll(index, p.Aliases, meaning);
        }

        foreach (var city in cities)
        {
            var meaning = new CityName(city);
            Add(index, city.Name, meaning);
            AddAll(index, city.Aliases, meaning);
        }

        phrases = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        LongestPhrase = phrases.Count == 0 ? 0 : phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
        phrasesBySpan = phrases.GetAlternateLookup<ReadOnlySpan<char>>();

        // The longest phrase starting with each first word, so a scan over tokens skips most words after one probe.
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in phrases.Keys)
        {
            var space = key.IndexOf(' ');
            var first = space < 0 ? key : key[..space];
            var words = key.Count(c => c == ' ') + 1;
            longest[first] = Math.Max(words, longest.GetValueOrDefault(first));
        }

        wordsAfterFirst = longest.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Countries and territories by CAMEO code.</summary>
    public FrozenDictionary<string, Country> Countries { get; }

    /// <summary>Regions by CAMEO code.</summary>
    public FrozenDictionary<string, Region> Regions { get; }

    /// <summary>Role words and phrases.</summary>
    public IReadOnlyList<SectorTerm> Sectors { get; }

    /// <summary>Organisations and armed groups.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Office-holders, one entry per term.</summary>
    public IReadOnlyList<OfficeHolder> People { get; }

    /// <summary>Actor type codes (sectors, prefixes, religions) by code.</summary>
    public FrozenDictionary<string, ActorType> ActorTypes { get; }

    /// <summary>The CAMEO codebook by code (<c>"043"</c>).</summary>
    public FrozenDictionary<string, EventType> EventTypes { get; }

    /// <summary>All verb patterns.</summary>
    public IReadOnlyList<VerbPattern> Patterns { get; }

    /// <summary>Verb patterns by the lemma of their main verb.</summary>
    public FrozenDictionary<string, VerbPattern[]> PatternsByVerb { get; }

    /// <summary>The gazetteer.</summary>
    public IReadOnlyList<City> Cities { get; }

    /// <summary>The number of words in the longest indexed phrase, the most a longest-match scan need look ahead.</summary>
    public int LongestPhrase { get; }

    /// <summary>Number of distinct phrases in the index.</summary>
    public int PhraseCount => phrases.Count;

    /// <summary>Every meaning of <paramref name="phrase"/> (matched in <see cref="PhraseKey"/> form); empty when unknown.</summary>
    public IReadOnlyList<PhraseMeaning> Meanings(ReadOnlySpan<char> phrase) =>
        phrases.TryGetValue(PhraseKey.Of(phrase), out var meanings) ? meanings : [];

    /// <summary>Meanings of a phrase already in <see cref="PhraseKey"/> form, without allocating.</summary>
    public bool TryGetMeaningsOfKey(ReadOnlySpan<char> key, out PhraseMeaning[] meanings)
    {
        if (phrasesBySpan.TryGetValue(key, out var found))
        {
            meanings = found;
            return true;
        }

        meanings = [];
        return false;
    }

    /// <summary>The FIPS 10-4 code of the country with CAMEO code <paramref name="countryCode"/>; null when unknown or it has none.</summary>
    public string? FipsOf(string countryCode) => Countries.TryGetValue(countryCode, out var c) ? c.Fips : null;

    /// <summary>Words in the longest indexed phrase that starts with <paramref name="firstWordKey"/> (0 when none does).</summary>
    public int LongestPhraseStartingWith(ReadOnlySpan<char> firstWordKey) =>
        wordsAfterFirst.TryGetValue(firstWordKey, out var n) ? n : 0;

    /// <summary>All index entries, for validation.</summary>
    internal IEnumerable<KeyValuePair<string, PhraseMeaning[]>> PhraseIndex => phrases;

    private static void AddAll(Dictionary<string, List<PhraseMeaning>> index, string[] phrases, PhraseMeaning meaning)
    {
        foreach (var p in phrases)
        {
            Add(index, p, meaning);
        }
    }

    private static void Add(Dictionary<string, List<PhraseMeaning>> index, string phrase, PhraseMeaning meaning)
    {
        var key = PhraseKey.Of(phrase);
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<PhraseMeaning>(1);
        }

        // One record listing the same phrase twice (a name repeated as an alias) adds one meaning.
        if (!list.Contains(meaning))
        {
            list.Add(meaning);
        }
    }
}
