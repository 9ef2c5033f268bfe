using System.Globalization;
using System.Text.Json;
using Dyad.Domain;
using Dyad.Ingest;

namespace Dyad.Coding;

/// <summary>One hand-coded event: actor codes, CAMEO code and the day it happened.</summary>
/// <param name="Target">The target's code, or null for an event without one.</param>
/// <param name="Sentence">For story gold, the opening words of the sentence that carries the event.</param>
/// <param name="Line">The line of the gold file the event was written on.</param>
public sealed record GoldEvent(string Source, string? Target, string Cameo, DateOnly? Date, string? Sentence = null, string? Note = null, int Line = 0);

/// <summary>
/// One scored document: the article the coder reads and the events a careful coder finds in it. A document
/// with no events still counts, since everything predicted in it is a false positive.
/// </summary>
/// <param name="Id">The sentence id, or the story's file name.</param>
/// <param name="Origin">Where the gold was written: <c>file:line</c> for a sentence, the story's path for a story.</param>
/// <param name="Format">Which layout it came from: a sentence is shown whole in error lists, a story by its event sentences.</param>
public sealed record GoldDocument(string Id, string Origin, Article Article, IReadOnlyList<GoldEvent> Events, IReadOnlyList<string> Phenomena, GoldFormat Format = GoldFormat.Sentences);

/// <summary>The two layouts of gold files (see <c>gold/events/README.md</c>).</summary>
public enum GoldFormat
{
    /// <summary>One sentence per line, with its events and phenomena inline.</summary>
    Sentences,

    /// <summary>One event per line, naming a story in the <c>articles/</c> folder beside the file.</summary>
    Articles,
}

/// <summary>A gold file as read: its documents and every problem found, each named by file and line.</summary>
public sealed record GoldFile(string Path, GoldFormat Format, IReadOnlyList<GoldDocument> Documents, IReadOnlyList<ReadProblem> Problems)
{
    /// <summary>True when some line or story could not be used.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>Gold events over all documents.</summary>
    public int EventCount => Documents.Sum(d => d.Events.Count);
}

/// <summary>
/// Reads gold event files: sentence files (lines with <c>text</c>) and story files (lines with <c>article</c>).
/// Every line is checked and every problem kept, so one run shows all that needs fixing.
/// </summary>
public static class GoldEvents
{
    /// <summary>The folder of stories, beside a story gold file.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>The gold files a path stands for: the file itself, or every <c>*.jsonl</c> directly in a folder, in name order.</summary>
    public static IReadOnlyList<string> FilesIn(string path)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        var files = Directory.GetFiles(path, "*.jsonl", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads one gold file; for story gold, also every story in its <c>articles/</c> folder.</summary>
    public static GoldFile Read(string path, ArticleReader? reader = null)
    {
        var problems = new List<ReadProblem>();
        if (!File.Exists(path))
        {
            problems.Add(new ReadProblem(path, null, "no such file"));
            return new GoldFile(path, GoldFormat.Sentences, [], problems);
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(path, null, $"cannot read the file: {e.Message}"));
            return new GoldFile(path, GoldFormat.Sentences, [], problems);
        }

        var sentences = new List<GoldDocument>();
        var storyEvents = new List<(string Article, GoldEvent Event)>();
        GoldFormat? format = null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var line = new LineReader(path, i + 1, problems);
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    line.Error($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
                    continue;
                }

                var lineFormat = FormatOf(root, line);
                if (lineFormat is null)
                {
                    continue;
                }

                format ??= lineFormat;
                if (lineFormat != format)
                {
                    // Each layout is scored differently (stories are read from files), so a file holds one.
                    line.Error($"a {Describe(lineFormat.Value)} line in a file of {Describe(format.Value)} lines");
                    continue;
                }

                if (lineFormat == GoldFormat.Sentences)
                {
                    if (ReadSentence(root, line) is { } sentence)
                    {
                        if (ids.Add(sentence.Id))
                        {
                            sentences.Add(sentence);
                        }
                        else
                        {
                            line.Error($"the id '{sentence.Id}' is used by an earlier line");
                        }
                    }
                }
                else if (ReadStoryEvent(root, line) is { } storyEvent)
                {
                    storyEvents.Add(storyEvent);
                }
            }
            catch (JsonException e)
            {
                line.Error($"not valid JSON: {FirstSentence(e.Message)}");
            }
        }

        if (format == GoldFormat.Articles)
        {
            var stories = ReadStories(path, storyEvents, reader ?? new ArticleReader(), problems);
            return new GoldFile(path, GoldFormat.Articles, stories, problems);
        }

        if (format is null && problems.Count == 0)
        {
            problems.Add(new ReadProblem(path, null, "no gold lines: expected JSON lines with a \"text\" or an \"article\" field"));
        }

        return new GoldFile(path, GoldFormat.Sentences, sentences, problems);
    }

    private static GoldFormat? FormatOf(JsonElement root, LineReader line)
    {
        var hasText = root.TryGetProperty("text", out _);
        var hasArticle = root.TryGetProperty("article", out _);
        if (hasText == hasArticle)
        {
            line.Error(hasText
                ? "the line has both \"text\" and \"article\": a sentence line has \"text\", a story event \"article\""
                : "the line has neither \"text\" (a gold sentence) nor \"article\" (an event of a gold story)");
            return null;
        }

        return hasText ? GoldFormat.Sentences : GoldFormat.Articles;
    }

    private static GoldDocument? ReadSentence(JsonElement root, LineReader line)
    {
        var id = line.RequiredString(root, "id");
        var text = line.RequiredString(root, "text");
        var published = line.OptionalDate(root, "published");
        var phenomena = new List<string>();
        if (root.TryGetProperty("phenomena", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
            {
                line.Error("\"phenomena\" must be a list of strings");
            }
            else
            {
                phenomena.AddRange(list.EnumerateArray().Select(p => p.GetString()!).Distinct(StringComparer.Ordinal));
            }
        }

        var events = new List<GoldEvent>();
        if (!root.TryGetProperty("events", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            line.Error("\"events\" must be a list (an empty one when nothing is to be coded)");
        }
        else
        {
            var n = 0;
            foreach (var item in array.EnumerateArray())
            {
                n++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    line.Error($"event {n} is not a JSON object");
                    continue;
                }

                if (ReadEvent(item, line, $"event {n}: ", published) is { } e)
                {
                    events.Add(e);
                }
            }
        }

        if (line.Failed || id is null || text is null)
        {
            return null;
        }

        var article = new Article(
            Id: id,
            Text: text,
            Published: published?.ToDateTime(TimeOnly.MinValue),
            Origin: line.Where);
        return new GoldDocument(id, line.Where, article, events, phenomena);
    }

    private static (string Article, GoldEvent Event)? ReadStoryEvent(JsonElement root, LineReader line)
    {
        var article = line.RequiredString(root, "article");
        if (article is not null && (article.Contains('/', StringComparison.Ordinal) || article.Contains('\\', StringComparison.Ordinal)))
        {
            line.Error($"\"article\" is a file name in the {ArticlesFolder}/ folder, not a path: '{article}'");
        }

        var e = ReadEvent(root, line, "", null);
        return line.Failed || article is null || e is null ? null : (article, e);
    }

    private static GoldEvent? ReadEvent(JsonElement obj, LineReader line, string prefix, DateOnly? published)
    {
        var failed = line.Failed;
        var source = line.ActorCode(obj, "source", prefix, required: true);
        var target = line.ActorCode(obj, "target", prefix, required: false);
        var cameo = line.RequiredString(obj, "cameo", prefix);
        if (cameo is not null && !CameoCode.IsWellFormed(cameo))
        {
            line.Error($"{prefix}\"cameo\" is '{cameo}', not a CAMEO event code (2-4 digits, root 01-20)");
        }

        // The README's convention: an event without a day of its own happened on the publication date.
        var date = line.OptionalDate(obj, "date", prefix) ?? published;
        if (line.Failed && !failed)
        {
            return null;
        }

        return source is null || cameo is null
            ? null
            : new GoldEvent(source, target, cameo, date, String(obj, "sentence"), String(obj, "note"), line.Number);
    }

    private static List<GoldDocument> ReadStories(string path, List<(string Article, GoldEvent Event)> events, ArticleReader reader, List<ReadProblem> problems)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            problems.Add(new ReadProblem(path, null, $"story gold needs its stories in {folder}, which does not exist"));
            return [];
        }

        var files = Directory.GetFiles(folder)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        var names = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var (article, e) in events)
        {
            if (!names.Contains(article))
            {
                problems.Add(new ReadProblem(path, e.Line, $"no story '{article}' in {folder}"));
            }
        }

        var byArticle = events.ToLookup(x => x.Article, x => x.Event, StringComparer.Ordinal);
        var documents = new List<GoldDocument>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            Article? read = null;
            foreach (var item in reader.Read([file]))
            {
                switch (item)
                {
                    case ArticleRead a:
                        read ??= a.Article;
                        break;
                    case ReadProblem p:
                        problems.Add(p);
                        break;
                }
            }

            if (read is not null)
            {
                documents.Add(new GoldDocument(name, file, read, [.. byArticle[name]], [], GoldFormat.Articles));
            }
        }

        return documents;
    }

    private static string Describe(GoldFormat format) => format == GoldFormat.Sentences ? "sentence (\"text\")" : "story event (\"article\")";

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }

    /// <summary>Checks the fields of one line, recording a problem for each one that is wrong.</summary>
    private sealed class LineReader(string path, int number, List<ReadProblem> problems)
    {
        public int Number => number;

        public string Where => $"{path}:{number}";

        public bool Failed { get; private set; }

        public void Error(string message)
        {
            Failed = true;
            problems.Add(new ReadProblem(path, number, message));
        }

        public string? RequiredString(JsonElement obj, string name, string prefix = "")
        {
            if (obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString()!.Trim();
            }

            Error($"{prefix}\"{name}\" is missing or not a non-empty string");
            return null;
        }

        public string? ActorCode(JsonElement obj, string name, string prefix, bool required)
        {
            if (!required && (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null))
            {
                return null;
            }

            var code = RequiredString(obj, name, prefix);
            if (code is not null && !IsActorCode(code))
            {
                Error($"{prefix}\"{name}\" is '{code}', not a CAMEO actor code (upper-case letters in groups of three, e.g. PERGOV)");
                return null;
            }

            return code;
        }

        public DateOnly? OptionalDate(JsonElement obj, string name, string prefix = "")
        {
            if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error($"{prefix}\"{name}\" is {value.GetRawText()}, not a date in the form yyyy-MM-dd");
            return null;
        }

        private static bool IsActorCode(string code) => code.Length >= 3 && code.Length % 3 == 0 && code.All(c => c is >= 'A' and <= 'Z');
    }
}
