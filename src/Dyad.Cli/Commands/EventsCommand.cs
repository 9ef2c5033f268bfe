using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Dyad.Domain;
using Dyad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad events</c>: the stored events that match the filters, newest first, as a table or JSON lines.</summary>
internal sealed class EventsCommand : Command<EventsCommand.Settings>
{
    internal sealed class Settings : EventFilterSettings
    {
        [CommandOption("-n|--limit <N>")]
        [Description("Most events shown.")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        [CommandOption("--offset <N>")]
        [Description("Events skipped first (for paging).")]
        public int Offset { get; init; }

        [CommandOption("--json")]
        [Description("One JSON object per event on stdout instead of a table.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
            {
                return result;
            }

            return Limit is < 1 or > 1_000_000 ? ValidationResult.Error("--limit is a number from 1 to 1000000")
                : Offset < 0 ? ValidationResult.Error("--offset cannot be negative")
                : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOption.Open(settings);
        var query = settings.ToQuery(settings.Limit, settings.Offset);
        var (total, events) = store.Page(query);
        if (settings.Json)
        {
            using var stdout = Terminal.OpenData();
            using var w = new Utf8JsonWriter(stdout, JsonOutput.Lines);
            foreach (var e in events)
            {
                StoredEventJson.Write(w, e);
                w.Flush();
                w.Reset();
                stdout.WriteByte((byte)'\n');
            }
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple);
            foreach (var name in new[] { "id", "date", "source", "code", "target", "place", "reports" })
            {
                table.AddColumn(new TableColumn(name).NoWrap());
            }

            table.AddColumn("sentence");
            var shown = 0;
            foreach (var e in events)
            {
                table.AddRow(
                    e.Id.ToString(CultureInfo.InvariantCulture),
                    e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(Name(e.Source)),
                    Markup.Escape($"{e.Code.Value} {e.Plover ?? ""}"),
                    Markup.Escape(e.Target is null ? "-" : Name(e.Target)),
                    Markup.Escape(e.Place?.Name ?? "-"),
                    $"{e.NumMentions}/{e.NumSources}/{e.NumArticles}",
                    Markup.Escape(e.Sentence.Length <= 100 ? e.Sentence : e.Sentence[..97] + "…"));
                shown++;
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            if (Console.IsOutputRedirected)
            {
                // A file or pipe has no width; lines as long as a wide terminal's keep each event on one row.
                console.Profile.Width = 200;
            }

            if (shown > 0)
            {
                console.Write(table);
            }

            Terminal.Note($"{shown:N0} of {total:N0} matching events shown (reports = mentions/sources/articles){(total > shown + settings.Offset ? $"; --limit and --offset page through the rest" : "")}");
        }

        return Terminal.Ok;
    }

    private static string Name(Actor actor) => actor.Name is null ? actor.Code : $"{actor.Code} ({actor.Name})";
}
