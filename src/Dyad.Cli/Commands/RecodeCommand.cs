using System.ComponentModel;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Domain;
using Dyad.Store;
using Dyad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad recode</c>: codes the stored articles again with the current knowledge files and replaces the events of
/// those whose coding changed, reporting events added, removed and re-coded.
/// </summary>
internal sealed class RecodeCommand : Command<RecodeCommand.Settings>
{
    internal sealed class Settings : KnowledgeSettings, IStoreOption
    {
        [CommandOption("--db <DB>")]
        [Description(StoreOption.Description)]
        public string? Db { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("Folder holding the language model files (default: the built-in models).")]
        public string? Models { get; init; }

        [CommandOption("--all")]
        [Description("Re-code every article, not only those coded with other knowledge files.")]
        public bool All { get; init; }

        [CommandOption("--dry-run")]
        [Description("Report what would change without writing anything.")]
        public bool DryRun { get; init; }

        [CommandOption("--json")]
        [Description("Print the totals as one JSON object on stdout.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() => StoreOption.Validate(this);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var knowledge = settings.LoadKnowledge();
        if (knowledge is null)
        {
            return Terminal.Fatal;
        }

        using var store = StoreOption.Open(settings);
        var coder = new ArticleCoder(knowledge.Base, LanguageModels.Load(settings.Models ?? LanguageModels.BuiltInRoot));
        var version = StoreOption.KnowledgeVersionOf(settings);
        RecodeTotals Run(Action<RecodeTotals>? progress) =>
            new Recoder(store, coder, version) { All = settings.All, DryRun = settings.DryRun, Progress = progress }.Run(cancellationToken);

        RecodeTotals totals;
        if (Terminal.Interactive)
        {
            totals = default!;
            Terminal.Error.Status().Start("Re-coding…", ctx => totals = Run(t => ctx.Status($"Re-coding… {t.Articles:N0} articles, {t.Changed:N0} changed")));
        }
        else
        {
            totals = Run(null);
        }

        if (settings.Json)
        {
            using var stdout = Terminal.OpenData();
            using (var w = new Utf8JsonWriter(stdout, JsonOutput.Lines))
            {
                w.WriteStartObject();
                w.WriteString("knowledge_version", version);
                w.WriteBoolean("dry_run", settings.DryRun);
                w.WriteNumber("articles", totals.Articles);
                w.WriteNumber("articles_changed", totals.Changed);
                w.WriteNumber("events_added", totals.Added);
                w.WriteNumber("events_removed", totals.Removed);
                w.WriteNumber("events_recoded", totals.Recoded);
                w.WriteNumber("events_unchanged", totals.Unchanged);
                w.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
        }

        var verb = settings.DryRun ? "would change" : "changed";
        Terminal.Note(
            $"re-coded {totals.Articles:N0} articles with knowledge {version}; {verb} {totals.Changed:N0}: "
            + $"{totals.Added:N0} events added, {totals.Removed:N0} removed, {totals.Recoded:N0} re-coded, {totals.Unchanged:N0} unchanged");
        return Terminal.Ok;
    }
}
