namespace Dyad.Knowledge;

/// <summary>The outcome of loading knowledge: the base itself and every problem found on the way.</summary>
public sealed record KnowledgeLoad(KnowledgeBase Base, IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>True when a problem is an error (a warning alone does not count).</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>
/// Reads a knowledge tree, lays an optional overlay tree over it (same layout; records with the same key
/// replace, <c>!key</c> removes), builds the typed entries and validates them.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>The knowledge tree shipped beside the program.</summary>
    public static string BuiltInRoot => Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>Loads <paramref name="root"/> and then each overlay in order.</summary>
    public static KnowledgeLoad Load(string root, params IReadOnlyList<string> overlays)
    {
        var problems = new List<KnowledgeProblem>();
        var merged = new Dictionary<KnowledgeFileKind, OrderedDictionary<string, KnowledgeRecord>>();
        var cities = new List<City>();
        var trees = new List<(string Path, string Display, bool IsOverlay)> { (root, "knowledge", false) };
        trees.AddRange(overlays.Select(o => (o, o.TrimEnd('/', '\\'), true)));

        foreach (var (path, display, isOverlay) in trees)
        {
            if (!Directory.Exists(path))
            {
                problems.Add(new KnowledgeProblem(path, 0, "knowledge folder not found"));
                continue;
            }

            ReadTree(path, display, isOverlay, merged, cities, problems);
        }

        var builder = new EntryBuilder(problems);
        var kb = new KnowledgeBase(
            countries: builder.Countries(Records(merged, KnowledgeFileKind.Countries)),
            regions: builder.Regions(Records(merged, KnowledgeFileKind.Regions)),
            sectors: builder.Sectors(Records(merged, KnowledgeFileKind.Sectors)),
            organisations: [
                .. builder.Organisations(Records(merged, KnowledgeFileKind.Organisations), armed: false),
                .. builder.Organisations(Records(merged, KnowledgeFileKind.ArmedGroups), armed: true)],
            people: builder.People(Records(merged, KnowledgeFileKind.People)),
            actorTypes: builder.ActorTypes(Records(merged, KnowledgeFileKind.ActorTypes)),
            eventTypes: builder.EventTypes(Records(merged, KnowledgeFileKind.EventCodes)),
            patterns: builder.Patterns(Records(merged, KnowledgeFileKind.VerbPatterns)),
            cities: [.. cities, .. builder.Places(Records(merged, KnowledgeFileKind.Places))]);
        KnowledgeValidator.Validate(kb, problems);
        return new KnowledgeLoad(kb, problems);
    }

    private static List<KnowledgeRecord> Records(Dictionary<KnowledgeFileKind, OrderedDictionary<string, KnowledgeRecord>> merged, KnowledgeFileKind kind) =>
        merged.TryGetValue(kind, out var records) ? [.. records.Values] : [];

    private static void ReadTree(
        string root, string display, bool isOverlay,
        Dictionary<KnowledgeFileKind, OrderedDictionary<string, KnowledgeRecord>> merged, List<City> cities, List<KnowledgeProblem> problems)
    {
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var seen = new Dictionary<(KnowledgeFileKind, string), SourceLine>();
        List<City>? overlayCities = null;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var name = $"{display}/{relative}";
            var kind = KnowledgeFiles.Classify(relative);
            if (kind == KnowledgeFileKind.None)
            {
                if (relative.EndsWith(".txt", StringComparison.Ordinal) || relative.EndsWith(".tsv", StringComparison.Ordinal))
                {
                    problems.Add(new KnowledgeProblem(name, 0, "not a knowledge file (its folder and name decide its kind; see knowledge/README.md); ignored", IsError: false));
                }

                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new KnowledgeProblem(name, 0, $"cannot read: {e.Message}"));
                continue;
            }

            if (kind == KnowledgeFileKind.CitiesTable)
            {
                // A city table in an overlay replaces the built-in one as a whole.
                var table = CityTable.Parse(text, name, problems);
                if (isOverlay)
                {
                    overlayCities ??= [];
                    overlayCities.AddRange(table);
                }
                else
                {
                    cities.AddRange(table);
                }

                continue;
            }

            if (!merged.TryGetValue(kind, out var records))
            {
                merged[kind] = records = new OrderedDictionary<string, KnowledgeRecord>(StringComparer.Ordinal);
            }

            foreach (var record in RecordFile.Parse(text, name, KnowledgeFiles.FieldCount(kind), problems))
            {
                var key = KnowledgeFiles.Key(kind, record);
                if (key.Length == 0 || key == "|")
                {
                    problems.Add(new KnowledgeProblem(name, record.Source.Line, "the record's key field is empty"));
                    continue;
                }

                if (record.Removes)
                {
                    if (!isOverlay)
                    {
                        problems.Add(new KnowledgeProblem(name, record.Source.Line, "'!' removes a built-in record and belongs in an overlay (--knowledge DIR)"));
                    }
                    else if (!records.Remove(key))
                    {
                        problems.Add(new KnowledgeProblem(name, record.Source.Line, $"removes '{key}', which no earlier file holds", IsError: false));
                    }

                    continue;
                }

                if (seen.TryGetValue((kind, key), out var first))
                {
                    problems.Add(new KnowledgeProblem(name, record.Source.Line, $"duplicate of {first} (same key '{key}')"));
                    continue;
                }

                seen[(kind, key)] = record.Source;
                records[key] = record;
            }
        }

        if (overlayCities is not null)
        {
            cities.Clear();
            cities.AddRange(overlayCities);
        }
    }
}
