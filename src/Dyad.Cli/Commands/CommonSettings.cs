using System.ComponentModel;
using System.Text;
using Dyad.Ingest;
using Dyad.Knowledge;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>Options every command has.</summary>
internal class CommonSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Show full details of unexpected errors (stack traces).")]
    public bool Verbose { get; init; }
}

/// <summary>Options of commands that consult the knowledge files.</summary>
internal class KnowledgeSettings : CommonSettings
{
    [CommandOption("-k|--knowledge <DIR>")]
    [Description("A folder laid over the built-in knowledge files (same layout; see knowledge/README.md).")]
    public string? Knowledge { get; init; }

    /// <summary>Loads the built-in knowledge and the overlay, if any, with every problem found.</summary>
    public KnowledgeLoad Load() => Knowledge is null
        ? KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot)
        : KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot, Knowledge);

    /// <summary>Loads the knowledge; prints errors and returns null when there are any.</summary>
    public KnowledgeLoad? LoadKnowledge()
    {
        var load = Load();
        if (!load.HasErrors)
        {
            return load;
        }

        foreach (var p in load.Problems.Where(p => p.IsError).Take(20))
        {
            Terminal.Problem(p.ToString(), true);
        }

        Terminal.Note($"the knowledge files have {load.Problems.Count(p => p.IsError)} errors; `dyad knowledge check` lists them all");

        return null;
    }
}

/// <summary>Options of commands that read articles.</summary>
internal class InputSettings : KnowledgeSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Article files, folders (read recursively) or - for stdin. Text and HTML files hold one article; .jsonl files one per line; RSS/Atom feeds one per item; Reuters .sgm files one per story.")]
    public string[] Paths
    {
        get => field;
        init => field = [.. value.Select(p => p == Terminal.StdinArgument ? "-" : p)];
    } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("How to read inputs: auto (by extension, else by the first bytes), text, jsonl, feed (RSS/Atom), html or reuters (Reuters-21578 SGML).")]
    [DefaultValue("auto")]
    public string Format { get; init; } = "auto";

    [CommandOption("--encoding <NAME>")]
    [Description("Decode text in this encoding instead of UTF-8 (e.g. windows-1252, iso-8859-1, utf-16).")]
    public string? Encoding { get; init; }

    [CommandOption("--max-size <MB>")]
    [Description("Largest article accepted, in megabytes.")]
    [DefaultValue(10)]
    public int MaxSizeMegabytes { get; init; } = 10;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("give at least one file, folder or - for stdin");
        }

        if (Format is not ("auto" or "text" or "jsonl" or "feed" or "html" or "reuters"))
        {
            return ValidationResult.Error($"--format is auto, text, jsonl, feed, html or reuters, not '{Format}'");
        }

        if (MaxSizeMegabytes is < 1 or > 4096)
        {
            return ValidationResult.Error("--max-size is a number of megabytes from 1 to 4096");
        }

        if (Encoding is not null && ResolveEncoding(Encoding) is null)
        {
            return ValidationResult.Error($"unknown encoding '{Encoding}' (try utf-8, windows-1252, iso-8859-1, utf-16)");
        }

        return ValidationResult.Success();
    }

    /// <summary>The reader options these settings ask for.</summary>
    public ReadOptions ToReadOptions() => new()
    {
        Format = Format switch
        {
            "text" => InputFormat.Text,
            "jsonl" => InputFormat.JsonLines,
            "feed" => InputFormat.Feed,
            "html" => InputFormat.Html,
            "reuters" => InputFormat.Reuters,
            _ => InputFormat.Auto,
        },
        Encoding = Encoding is null ? null : ResolveEncoding(Encoding),
        MaxArticleBytes = MaxSizeMegabytes * 1024L * 1024L,
    };

    private static Encoding? ResolveEncoding(string name)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
