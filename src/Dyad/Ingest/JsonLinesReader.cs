using System.Text;
using System.Text.Json;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>
/// Reads JSON lines, one article per line: <c>{"id":…, "text":…, "title":…, "date":…, "source":…, "url":…}</c>;
/// only <c>text</c> is required. Streams, so a file of any size can be read; each line is checked on its own.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="stream"/>; a bad line is reported and the rest are still read.</summary>
    public static IEnumerable<ReadItem> Read(Stream stream, string origin, ReadOptions options)
    {
        var encoding = options.Encoding ?? new UTF8Encoding(false, throwOnInvalidBytes: true);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                line = null;
                readError = "not valid UTF-8 (if the file is Latin-1 or Windows-1252, pass --encoding windows-1252); the rest of the file is skipped";
            }

            lineNumber++;
            if (readError is not null)
            {
                yield return new ReadProblem(origin, lineNumber, readError);
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            foreach (var item in ParseLine(line, origin, lineNumber, options))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<ReadItem> ParseLine(string line, string origin, int lineNumber, ReadOptions options)
    {
        if (Encoding.UTF8.GetByteCount(line) > options.MaxArticleBytes)
        {
            yield return new ReadProblem(origin, lineNumber, $"the line is larger than the {Units.Megabytes(options.MaxArticleBytes)} limit for one article (raise it with --max-size)");
            yield break;
        }

        JsonDocument doc;
        string? error = null;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            doc = null!;
            error = $"not valid JSON: {FirstSentence(e.Message)}";
        }

        if (error is not null)
        {
            yield return new ReadProblem(origin, lineNumber, error);
            yield break;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                yield return new ReadProblem(origin, lineNumber, $"expected a JSON object with a \"text\" field, found {root.ValueKind.ToString().ToLowerInvariant()}");
                yield break;
            }

            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return new ReadProblem(origin, lineNumber, "the object has no \"text\" field (or it is empty)");
                yield break;
            }

            text = text.ReplaceLineEndings("\n").Trim();
            DateTime? published = null;
            if ((String(root, "date") ?? String(root, "published")) is { } dateText)
            {
                if (NewsDate.TryParse(dateText, out var when, out var why))
                {
                    published = when;
                }
                else
                {
                    yield return new ReadProblem(origin, lineNumber, $"{why}; the article is read without a date", IsError: false);
                }
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.ToString()
                : ArticleId.FromText(text);
            var dateline = Dateline.Match(text);
            yield return new ArticleRead(new Article(
                Id: id,
                Text: text,
                Title: String(root, "title"),
                Source: String(root, "source"),
                Byline: String(root, "byline"),
                Published: published,
                Dateline: String(root, "dateline") ?? dateline?.Place,
                Wire: dateline?.Wire,
                Url: String(root, "url"),
                Origin: $"{origin}:{lineNumber}"));
        }
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
