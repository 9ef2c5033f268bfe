namespace Dyad.Knowledge;

/// <summary>The kinds of knowledge file; a file's kind follows from where it stands in the tree.</summary>
public enum KnowledgeFileKind
{
    /// <summary>Not a knowledge file (README.md and the like).</summary>
    None,

    /// <summary><c>actors/countries.txt</c></summary>
    Countries,

    /// <summary><c>actors/regions.txt</c></summary>
    Regions,

    /// <summary><c>actors/sectors.txt</c></summary>
    Sectors,

    /// <summary><c>actors/organisations.txt</c></summary>
    Organisations,

    /// <summary><c>actors/armed-groups.txt</c></summary>
    ArmedGroups,

    /// <summary><c>actors/people/*.txt</c></summary>
    People,

    /// <summary><c>cameo/actor-types.txt</c></summary>
    ActorTypes,

    /// <summary><c>cameo/event-codes.txt</c></summary>
    EventCodes,

    /// <summary><c>verbs/*.txt</c></summary>
    VerbPatterns,

    /// <summary><c>places/cities.tsv</c>, generated from GeoNames.</summary>
    CitiesTable,

    /// <summary><c>places/*.txt</c>, written by hand.</summary>
    Places,
}

/// <summary>Maps a path inside a knowledge tree to its kind and field count.</summary>
public static class KnowledgeFiles
{
    /// <summary>The kind of the file at <paramref name="relativePath"/> (with '/' separators).</summary>
    public static KnowledgeFileKind Classify(string relativePath)
    {
        var p = relativePath.Replace('\\', '/');
        return p switch
        {
            "actors/countries.txt" => KnowledgeFileKind.Countries,
            "actors/regions.txt" => KnowledgeFileKind.Regions,
            "actors/sectors.txt" => KnowledgeFileKind.Sectors,
            "actors/organisations.txt" => KnowledgeFileKind.Organisations,
            "actors/armed-groups.txt" => KnowledgeFileKind.ArmedGroups,
            "cameo/actor-types.txt" => KnowledgeFileKind.ActorTypes,
            "cameo/event-codes.txt" => KnowledgeFileKind.EventCodes,
            "places/cities.tsv" => KnowledgeFileKind.CitiesTable,
            _ when p.StartsWith("actors/people/", StringComparison.Ordinal) && p.EndsWith(".txt", StringComparison.Ordinal) => KnowledgeFileKind.People,
            _ when p.StartsWith("verbs/", StringComparison.Ordinal) && p.EndsWith(".txt", StringComparison.Ordinal) => KnowledgeFileKind.VerbPatterns,
            _ when p.StartsWith("places/", StringComparison.Ordinal) && p.EndsWith(".txt", StringComparison.Ordinal) => KnowledgeFileKind.Places,
            _ => KnowledgeFileKind.None,
        };
    }

    /// <summary>Number of fields a record of <paramref name="kind"/> has.</summary>
    public static int FieldCount(KnowledgeFileKind kind) => kind switch
    {
        KnowledgeFileKind.Countries => 8,
        KnowledgeFileKind.Regions => 4,
        KnowledgeFileKind.Sectors => 3,
        KnowledgeFileKind.Organisations or KnowledgeFileKind.ArmedGroups => 5,
        KnowledgeFileKind.People => 7,
        KnowledgeFileKind.ActorTypes => 4,
        KnowledgeFileKind.EventCodes => 5,
        KnowledgeFileKind.VerbPatterns => 3,
        KnowledgeFileKind.Places => 6,
        _ => 0,
    };

    /// <summary>The key under which an overlay record replaces or removes a built-in one.</summary>
    public static string Key(KnowledgeFileKind kind, KnowledgeRecord r) => kind switch
    {
        KnowledgeFileKind.Sectors => PhraseKey.Of(r[0]),
        KnowledgeFileKind.Organisations or KnowledgeFileKind.ArmedGroups => PhraseKey.Of(r[2]),
        KnowledgeFileKind.People => $"{r[0]}|{PhraseKey.Of(r[2])}|{PhraseKey.Of(r[3])}|{r[5]}",
        KnowledgeFileKind.VerbPatterns => PhraseKey.Of(r[1]),
        KnowledgeFileKind.Places => PhraseKey.Of(r[0]) + "|" + r[2],
        _ => r[0],
    };
}
