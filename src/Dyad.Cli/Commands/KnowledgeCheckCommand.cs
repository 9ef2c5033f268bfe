using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Dyad.Domain;
using Dyad.Knowledge;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad knowledge check</c>: loads and validates every knowledge file, lists problems and prints counts.</summary>
internal sealed class KnowledgeCheckCommand : Command<KnowledgeCheckCommand.Settings>
{
    internal sealed class Settings : KnowledgeSettings
    {
        [CommandOption("--json")]
        [Description("Print the counts and problems as one JSON object on stdout.")]
        public bool Json { get; init; }

        [CommandOption("--no-warnings")]
        [Description("List errors only.")]
        public bool NoWarnings { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var load = settings.Load();
        var elapsed = clock.Elapsed;
        var counts = KnowledgeCounts.Of(load.Base);
        var errors = load.Problems.Count(p => p.IsError);
        var warnings = load.Problems.Count - errors;

        if (settings.Json)
        {
            using var stdout = Terminal.OpenData();
            using var w = new Utf8JsonWriter(stdout, JsonOutput.Indented);
            w.WriteStartObject();
            w.WriteBoolean("ok", errors == 0);
            w.WriteNumber("load_ms", Math.Round(elapsed.TotalMilliseconds));
            w.WriteStartObject("counts");
            foreach (var (name, value) in counts.Rows)
            {
                w.WriteNumber(JsonKey(name), value);
            }

            w.WriteEndObject();
            w.WriteStartArray("problems");
            foreach (var p in load.Problems.Where(p => p.IsError || !settings.NoWarnings))
            {
                w.WriteStartObject();
                w.WriteString("file", p.File);
                w.WriteNumber("line", p.Line);
                w.WriteString("severity", p.IsError ? "error" : "warning");
                w.WriteString("message", p.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            foreach (var p in load.Problems.Where(p => p.IsError || !settings.NoWarnings))
            {
                Terminal.Problem(p.ToString(), p.IsError);
            }

            var table = new Table().RoundedBorder().AddColumn("knowledge").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (name, value) in counts.Rows)
            {
                table.AddRow(name, value.ToString("N0"));
            }

            AnsiConsole.Write(table);
            Terminal.Note($"loaded in {elapsed.TotalMilliseconds:N0} ms; {errors} errors, {warnings} warnings");
        }

        return errors == 0 ? Terminal.Ok : Terminal.SomeFailed;
    }

    /// <summary>"office-holder terms" → "office_holder_terms".</summary>
    private static string JsonKey(string name)
    {
        var key = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            key.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return System.Text.RegularExpressions.Regex.Replace(key.ToString(), "_+", "_").Trim('_');
    }
}
