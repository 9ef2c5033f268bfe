namespace Dyad.Knowledge;

/// <summary>One record of a knowledge file: its fields, trimmed, and where it stands.</summary>
/// <param name="Removes">True for an overlay line whose first field starts with <c>!</c>: it deletes the record with that key.</param>
public sealed record KnowledgeRecord(SourceLine Source, string[] Fields, bool Removes)
{
    /// <summary>Field <paramref name="i"/>, or empty when the line left it out.</summary>
    public string this[int i] => i < Fields.Length ? Fields[i] : "";

    /// <summary>Field <paramref name="i"/> split as a <c>;</c>-separated list, empty items dropped.</summary>
    public string[] List(int i) => this[i].Length == 0
        ? []
        : this[i].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Reads the project's record format: <c>|</c>-separated fields, <c>#</c> comment lines, blank lines ignored.</summary>
public static class RecordFile
{
    /// <summary>
    /// Reads the records of <paramref name="text"/>; a line with more than <paramref name="fieldCount"/> fields is
    /// reported in <paramref name="problems"/> and skipped. <paramref name="displayName"/> names the file in messages.
    /// </summary>
    public static List<KnowledgeRecord> Parse(string text, string displayName, int fieldCount, List<KnowledgeProblem> problems)
    {
        var records = new List<KnowledgeRecord>();
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var fields = line.ToString().Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length > fieldCount)
            {
                problems.Add(new KnowledgeProblem(displayName, lineNumber,
                    $"{fields.Length} fields where this file has {fieldCount} (a '|' inside a name?)"));
                continue;
            }

            var removes = fields[0].StartsWith('!');
            if (removes)
            {
                fields[0] = fields[0][1..].Trim();
            }

            records.Add(new KnowledgeRecord(new SourceLine(displayName, lineNumber), fields, removes));
        }

        return records;
    }
}
