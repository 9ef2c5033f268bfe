using System.Text;

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
            // No FileStream buffer: whole-file formats are read in one piece, streamed ones through a StreamReader with its own.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // It was there when the folder was listed or the path was checked.
            error = "the file disappeared before it could be read";
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
            foreach (var item in ReadStream(stream, path, options.Format))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ReadItem> ReadStream(Stream stream, string origin, InputFormat format)
    {
        byte[] head;
        try
        {
            head = Peek(ref stream);
        }
        catch (IOException e)
        {
            return [new ReadProblem(origin, null, $"cannot read the file: {e.Message}")];
        }

        if (format == InputFormat.Auto)
        {
            format = InputSniffer.Resolve(origin == "-" ? null : origin, head);
        }

        if (format == InputFormat.JsonLines)
        {
            return ReadJsonLines(stream, origin);
        }

        if (format == InputFormat.Reuters)
        {
            return head.Length == 0 ? [new ReadProblem(origin, null, "the file is empty")]
                : TextDecoder.LooksBinary(head) && options.Encoding is null ? [new ReadProblem(origin, null, "this is a binary file, not Reuters SGML")]
                : ReadReuters(stream, origin);
        }

        var (bytes, problem) = ReadAll(stream);
        if (problem is not null)
        {
            return [new ReadProblem(origin, null, problem)];
        }

        return format switch
        {
            InputFormat.Feed => ReadMarkup(bytes, head, origin, FeedArticles.Read),
            InputFormat.Html => ReadMarkup(bytes, head, origin, HtmlArticle.Read),
            _ => ReadText(bytes, origin),
        };
    }

    // The first bytes decide the format; a stream that cannot seek (stdin) gets them back through a PrefixedStream.
    private static byte[] Peek(ref Stream stream)
    {
        var head = new byte[TextDecoder.SniffBytes];
        var start = stream.CanSeek ? stream.Position : 0;
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        Array.Resize(ref head, n);
        if (stream.CanSeek)
        {
            stream.Position = start;
        }
        else
        {
            stream = new PrefixedStream(head, stream);
        }

        return head;
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

    // Markup names its own encoding; an explicit --encoding still wins, and UTF-8 stays strict.
    private IEnumerable<ReadItem> ReadMarkup(byte[] bytes, byte[] head, string origin, Func<string, string, IEnumerable<ReadItem>> parse)
    {
        var encoding = options.Encoding ?? InputSniffer.DeclaredEncoding(head);
        var text = TextDecoder.Decode(bytes, encoding is UTF8Encoding ? null : encoding, out var problem);
        return text is null ? [new ReadProblem(origin, null, problem!)] : parse(text, origin);
    }

    private IEnumerable<ReadItem> ReadReuters(Stream stream, string origin)
    {
        // The Reuters-21578 files are Latin-1.
        using var reader = new StreamReader(stream, options.Encoding ?? Encoding.Latin1, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var any = false;
        foreach (var item in ReutersSgml.ReadStories(reader, origin, options.MaxArticleBytes))
        {
            any = true;
            yield return item;
        }

        if (!any)
        {
            yield return new ReadProblem(origin, null, "no Reuters story with a body in this file (expected <REUTERS> blocks holding a <BODY>)");
        }
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
}
