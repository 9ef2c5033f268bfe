namespace Dyad.Ingest;

/// <summary>
/// The entry point of ingest: turns paths (files, folders read recursively, or <c>-</c> for stdin) into
/// articles, reporting each unusable input as a <see cref="ReadProblem"/> and going on with the rest.
/// </summary>
public sealed class ArticleReader(ReadOptions options)
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = false,
    };

    /// <summary>A reader with the default options.</summary>
    public ArticleReader()
        : this(ReadOptions.Default)
    {
    }

    /// <summary>Reads every path in order; folders are walked recursively in ordinal name order.</summary>
    public IEnumerable<ReadItem> Read(IEnumerable<string> paths, Func<Stream>? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stream = (stdin ?? Console.OpenStandardInput)();
                foreach (var item in ReadStream(stream, "-", InputFormat.Auto))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var item in ReadFolder(path))
                {
                    yield return item;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new ReadProblem(path, null, "no such file or folder");
            }
        }
    }

    private IEnumerable<ReadItem> ReadFolder(string folder)
    {
        string[] files;
        string? error = null;
        try
        {
            files = Directory.GetFiles(folder, "*", Recursive);
            Array.Sort(files, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
            error = $"cannot list the folder: {e.Message}";
        }

        if (error is not null)
        {
            yield return new ReadProblem(folder, null, error);
        }

        foreach (var file in files)
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                continue;
            }

            foreach (var item in ReadFile(file))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ReadItem> ReadFile(string path)
    {
        Stream? stream = null;
        string? error = null;
        try
        {
            // No FileStream buffer: text files are read whole, JSON lines through a StreamReader with its own.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e is UnauthorizedAccessException ? "permission denied" : $"cannot open the file: {e.Message}";
        }

        if (stream is null)
        {
            yield return new ReadProblem(path, null, error ?? "cannot open the file");
            yield break;
        }

        using (stream)
        {
            var format = options.Format == InputFormat.Auto && IsJsonLinesName(path) ? InputFormat.JsonLines : options.Format;
            foreach (var item in ReadStream(stream, path, format))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ReadItem> ReadStream(Stream stream, string origin, InputFormat format)
    {
        if (format == InputFormat.JsonLines)
        {
            return ReadJsonLines(stream, origin);
        }

        var (bytes, problem) = ReadAll(stream);
        if (problem is not null)
        {
            return [new ReadProblem(origin, null, problem)];
        }

        if (format == InputFormat.Auto && origin == "-" && bytes.AsSpan().TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8))
        {
            return ReadJsonLines(new MemoryStream(bytes), origin);
        }

        return ReadText(bytes, origin);
    }

    private IEnumerable<ReadItem> ReadJsonLines(Stream stream, string origin)
    {
        var head = new byte[TextDecoder.SniffBytes];
        var n = stream.CanSeek ? stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) : 0;
        if (stream.CanSeek)
        {
            if (n == 0)
            {
                return [new ReadProblem(origin, null, "the file is empty")];
            }

            if (TextDecoder.LooksBinary(head.AsSpan(0, n)))
            {
                return [new ReadProblem(origin, null, "this is a binary file, not JSON lines")];
            }

            stream.Position = 0;
        }

        return JsonLinesReader.Read(stream, origin, options);
    }

    private IEnumerable<ReadItem> ReadText(byte[] bytes, string origin)
    {
        var text = TextDecoder.Decode(bytes, options.Encoding, out var problem);
        if (text is null)
        {
            yield return new ReadProblem(origin, null, problem!);
            yield break;
        }

        var warnings = new List<string>();
        var article = WireStory.Parse(text, origin, warnings);
        foreach (var warning in warnings)
        {
            yield return new ReadProblem(origin, null, warning, IsError: false);
        }

        if (!EnglishCheck.LooksEnglish(article.Text))
        {
            yield return new ReadProblem(origin, null, "the text does not look like English; Dyad codes English news only, so it may yield no events", IsError: false);
        }

        yield return new ArticleRead(article);
    }

    private (byte[] Bytes, string? Problem) ReadAll(Stream stream)
    {
        try
        {
            if (stream.CanSeek)
            {
                if (stream.Length > options.MaxArticleBytes)
                {
                    return ([], TooLarge(stream.Length));
                }

                // A file's size is known: read it in one piece, without growing buffers.
                var whole = new byte[stream.Length - stream.Position];
                stream.ReadExactly(whole);
                return (whole, null);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxArticleBytes)
                {
                    return ([], TooLarge(buffer.Length) + " or more");
                }
            }

            return (buffer.ToArray(), null);
        }
        catch (IOException e)
        {
            return ([], $"cannot read the file: {e.Message}");
        }
    }

    private string TooLarge(long size) =>
        $"too large for one article: {Units.Megabytes(size)} (the limit is {Units.Megabytes(options.MaxArticleBytes)}; " +
        "raise it with --max-size, or split the file into articles)";

    private static bool IsJsonLinesName(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".jsonlines";
}
