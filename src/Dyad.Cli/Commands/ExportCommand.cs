using System.ComponentModel;
using System.Text.Json;
using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad export</c>: every stored event matching the filters, as GDELT 2.0 TSV, JSON lines or Parquet.</summary>
internal sealed class ExportCommand : Command<ExportCommand.Settings>
{
    internal sealed class Settings : EventFilterSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("gdelt (GDELT 2.0 event table, 61 tab-separated columns), gdelt-mentions (GDELT 2.0 mentions table, 16 columns: every report with the offsets of actors and action), jsonl or parquet.")]
        [DefaultValue("jsonl")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("-o|--out <FILE>")]
        [Description("Write to this file (required for parquet); default stdout.")]
        public string? Out { get; init; }

        [CommandOption("--header")]
        [Description("gdelt, gdelt-mentions: start with a line of column names (GDELT's own files have none).")]
        public bool Header { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
            {
                return result;
            }

            if (Format is not ("gdelt" or "gdelt-mentions" or "jsonl" or "parquet"))
            {
                return ValidationResult.Error($"--format is gdelt, gdelt-mentions, jsonl or parquet, not '{Format}'");
            }

            return Format == "parquet" && Out is null ? ValidationResult.Error("--format parquet needs --out FILE") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOption.Open(settings);
        var events = store.Events(settings.ToQuery(null, 0), byId: true);
        long count;
        if (settings.Format == "parquet")
        {
            count = ParquetExport.Write(settings.Out!, events);
        }
        else
        {
            using var output = settings.Out is null ? Terminal.OpenData() : OpenFile(settings.Out);
            if (settings.Format == "gdelt-mentions")
            {
                using var writer = new StreamWriter(output, Terminal.Utf8, 1 << 16);
                count = GdeltMentionsExport.Write(writer, store.MentionRows(settings.ToQuery(null, 0)), settings.Header);
            }
            else if (settings.Format == "gdelt")
            {
                var knowledge = KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot).Base;
                using var writer = new StreamWriter(output, Terminal.Utf8, 1 << 16);
                count = new GdeltExport(knowledge).Write(writer, events, settings.Header);
            }
            else
            {
                count = 0;
                using var w = new Utf8JsonWriter(output, JsonOutput.Lines);
                foreach (var e in events)
                {
                    StoredEventJson.Write(w, e);
                    w.Flush();
                    w.Reset();
                    output.WriteByte((byte)'\n');
                    count++;
                }
            }
        }

        Terminal.Note($"exported {count:N0} {(settings.Format == "gdelt-mentions" ? "mentions" : "events")} as {settings.Format}{(settings.Out is null ? "" : " to " + settings.Out)}");
        return Terminal.Ok;
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot write the export: {e.Message}");
        }
    }
}
