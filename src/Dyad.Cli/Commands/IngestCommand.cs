using System.ComponentModel;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Domain;
using Dyad.Ingest;
using Dyad.Store;
using Dyad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad ingest</c>: codes articles into the store. Articles already stored are skipped before coding, so running it
/// again over the same inputs, or after a crash, stores only what is missing.
/// </summary>
internal sealed class IngestCommand : Command<IngestCommand.Settings>
{
    internal sealed class Settings : InputSettings, IStoreOption
    {
        [CommandOption("--db <DB>")]
        [Description(StoreOption.Description)]
        public string? Db { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("Folder holding the language model files (default: the built-in models).")]
        public string? Models { get; init; }

        [CommandOption("--batch <N>")]
        [Description("Articles per transaction: a crash loses at most the batches not yet committed, which a new run redoes.")]
        [DefaultValue(32)]
        public int Batch { get; init; } = 32;

        [CommandOption("--log")]
        [Description("Print a line on stderr after each commit (for logs and scripts), instead of a progress display.")]
        public bool Log { get; init; }

        [CommandOption("--json")]
        [Description("Print the run's totals as one JSON object on stdout.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
            {
                return result;
            }

            return Batch is < 1 or > 10_000 ? ValidationResult.Error("--batch is a number of articles from 1 to 10000") : StoreOption.Validate(this);
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var knowledge = settings.LoadKnowledge();
        if (knowledge is null)
        {
            return Terminal.Fatal;
        }

        using var store = StoreOption.Open(settings, create: true);
        var models = LanguageModels.Load(settings.Models ?? LanguageModels.BuiltInRoot);
        var coder = new ArticleCoder(knowledge.Base, models);
        var reader = new ArticleReader(settings.ToReadOptions());
        var tally = new ProblemTally();
        var version = StoreOption.KnowledgeVersionOf(settings);

        IngestTotals Run(Action<IngestTotals>? show)
        {
            var ingestion = new Ingestion(store, coder, version)
            {
                BatchSize = settings.Batch,
                Problem = tally.Report,
                Committed = t =>
                {
                    if (settings.Log)
                    {
                        Console.Error.WriteLine($"dyad: committed {t.Stored:N0} articles, {t.Mentions:N0} event reports ({t.NewEvents:N0} new events), {t.AlreadyStored:N0} already stored, {t.Elapsed.TotalSeconds:0.0} s");
                    }

                    show?.Invoke(t);
                },
            };
            return ingestion.Run(reader.Read(settings.Paths), cancellationToken);
        }

        IngestTotals totals;
        if (Terminal.Interactive && !settings.Log)
        {
            totals = default!;
            Terminal.Error.Status().Start(
                $"Ingesting into {store.Target.Display}…",
                ctx => totals = Run(t => ctx.Status($"Ingesting into {store.Target.Display}… {t.Stored:N0} articles stored, {t.NewEvents:N0} events")));
        }
        else
        {
            totals = Run(null);
        }

        tally.Articles = totals.Read;
        var counts = store.Counts();
        if (settings.Json)
        {
            using var stdout = Terminal.OpenData();
            using (var w = new Utf8JsonWriter(stdout, JsonOutput.Lines))
            {
                w.WriteStartObject();
                w.WriteString("store", store.Target.Display);
                w.WriteNumber("articles_read", totals.Read);
                w.WriteNumber("articles_stored", totals.Stored);
                w.WriteNumber("articles_already_stored", totals.AlreadyStored);
                w.WriteNumber("sentences", totals.Sentences);
                w.WriteNumber("mentions", totals.Mentions);
                w.WriteNumber("new_events", totals.NewEvents);
                w.WriteNumber("merged_events", totals.MergedEvents);
                w.WriteNumber("seconds", Math.Round(totals.Elapsed.TotalSeconds, 3));
                w.WriteNumber("store_articles", counts.Articles);
                w.WriteNumber("store_events", counts.Events);
                w.WriteNumber("store_mentions", counts.Mentions);
                w.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
        }

        var rate = totals.Elapsed.TotalSeconds > 0 ? totals.Sentences / totals.Elapsed.TotalSeconds : 0;
        return tally.Finish(
            "read",
            $"{totals.Stored:N0} stored, {totals.AlreadyStored:N0} already stored; {totals.Mentions:N0} event reports: {totals.NewEvents:N0} new events, "
            + $"{totals.MergedEvents:N0} merged into known ones; {totals.Sentences:N0} sentences in {totals.Elapsed.TotalSeconds:0.0} s ({rate:N0}/s). "
            + $"The store {store.Target.Display} holds {counts.Articles:N0} articles, {counts.Events:N0} events.");
    }
}
