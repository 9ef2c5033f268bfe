using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Domain;
using Dyad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad eval events</c>: codes every gold sentence and story with the event coder and scores the events
/// against the hand-coded ones (see <c>gold/events/README.md</c>).
/// </summary>
internal sealed class EvalEventsCommand : Command<EvalEventsCommand.Settings>
{
    internal sealed class Settings : KnowledgeSettings
    {
        [CommandOption("--gold <FILE_OR_DIR>")]
        [Description("Gold events (repeatable): a .jsonl file of sentences or of story events, or a folder meaning every .jsonl in it.")]
        public string[] Gold { get; init; } = [];

        [CommandOption("--models <DIR>")]
        [Description("Folder holding the model files (default: the built-in models).")]
        public string? Models { get; init; }

        [CommandOption("--errors")]
        [Description("Also list every document coded wrong: missed events, extra events, and matches that differ in full code or date.")]
        public bool Errors { get; init; }

        [CommandOption("--json")]
        [Description("Print the scores as one JSON object on stdout.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Gold.Length == 0 ? ValidationResult.Error("give --gold FILE_OR_DIR (e.g. --gold gold/events/dev)") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var golds = ReadGold(settings.Gold);
        if (golds is null)
        {
            return Terminal.Fatal;
        }

        var knowledge = settings.LoadKnowledge();
        if (knowledge is null)
        {
            return Terminal.Fatal;
        }

        var coder = new ArticleCoder(knowledge.Base, LanguageModels.Load(settings.Models ?? LanguageModels.BuiltInRoot));
        var scorer = new EventScorer();
        var total = golds.Sum(g => g.Documents.Count);
        var failures = 0;
        var clock = Stopwatch.StartNew();

        void Run(Action<int>? progress)
        {
            var done = 0;
            foreach (var document in golds.SelectMany(g => g.Documents))
            {
                cancellationToken.ThrowIfCancellationRequested();
                IReadOnlyList<Event> events;
                try
                {
                    events = coder.Code(document.Article);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One crash should not hide the scores of the rest; the document counts as coded with no events.
                    failures++;
                    Terminal.Problem($"{document.Origin}: the coder failed on {document.Id}: {e.Message}", isError: true);
                    events = [];
                }

                scorer.Add(document, events);
                progress?.Invoke(++done);
            }
        }

        if (Terminal.Interactive)
        {
            Terminal.Error.Status().Start("Coding gold documents…", ctx => Run(n => ctx.Status($"Coding gold documents… {n:N0} of {total:N0}")));
        }
        else
        {
            Run(null);
        }

        var score = scorer.Score();
        if (settings.Json)
        {
            PrintJson(golds, score, settings.Errors, clock.Elapsed.TotalSeconds);
        }
        else
        {
            if (settings.Errors)
            {
                PrintErrors(score.Errors);
            }

            PrintTables(score);
        }

        Terminal.Note($"coded {total:N0} gold document{(total == 1 ? "" : "s")} in {clock.Elapsed.TotalSeconds:0.0} s" +
                      (failures > 0 ? $"; the coder failed on {failures}" : ""));
        return failures > 0 ? Terminal.SomeFailed : Terminal.Ok;
    }

    /// <summary>Reads every gold file the paths stand for; prints the problems and returns null on any error.</summary>
    private static List<GoldFile>? ReadGold(IEnumerable<string> paths)
    {
        var files = new List<GoldFile>();
        var errors = 0;
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Terminal.Problem($"{path}: no such file or folder", isError: true);
                errors++;
                continue;
            }

            var names = GoldEvents.FilesIn(path);
            if (names.Count == 0)
            {
                Terminal.Problem($"{path}: no .jsonl gold files in the folder", isError: true);
                errors++;
            }

            foreach (var name in names)
            {
                var gold = GoldEvents.Read(name);
                foreach (var problem in gold.Problems)
                {
                    Terminal.Problem(problem.ToString(), problem.IsError);
                }

                errors += gold.Problems.Count(p => p.IsError);
                files.Add(gold);
            }
        }

        if (errors > 0)
        {
            Terminal.Note($"the gold has {errors} error{(errors == 1 ? "" : "s")}; nothing was scored");
            return null;
        }

        return files;
    }

    private static void PrintTables(EventScore score)
    {
        var levels = new Table().Border(TableBorder.Rounded)
            .Title($"Events: {score.Documents:N0} documents, {score.DyadRoot.Gold:N0} gold, {score.DyadRoot.Predicted:N0} predicted");
        levels.AddColumn("level");
        foreach (var name in new[] { "TP", "FP", "FN", "P", "R", "F1" })
        {
            levels.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var (name, level) in new[] { ("dyad+root", score.DyadRoot), ("full", score.Full) })
        {
            levels.AddRow(name, Count(level.TruePositives), Count(level.FalsePositives), Count(level.FalseNegatives),
                Percent(level.Precision), Percent(level.Recall), Percent(level.F1));
        }

        AnsiConsole.Write(levels);

        var roots = new Table().Border(TableBorder.Rounded).Title("By CAMEO root (dyad+root)");
        roots.AddColumn("root");
        foreach (var name in new[] { "gold", "predicted", "TP", "P", "R", "F1" })
        {
            roots.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var (root, s) in score.Roots)
        {
            roots.AddRow(root, Count(s.Gold), Count(s.Predicted), Count(s.TruePositives), Percent(s.Precision), Percent(s.Recall), Percent(s.F1));
        }

        AnsiConsole.Write(roots);

        if (score.Sentences > 0)
        {
            var phenomena = new Table().Border(TableBorder.Rounded).Title("Sentences coded exactly (dyad+root), by phenomenon");
            phenomena.AddColumn("phenomenon");
            phenomena.AddColumn(new TableColumn("sentences").RightAligned());
            phenomena.AddColumn(new TableColumn("exact").RightAligned());
            phenomena.AddColumn(new TableColumn("accuracy").RightAligned());
            foreach (var p in score.Phenomena)
            {
                phenomena.AddRow(Markup.Escape(p.Phenomenon), Count(p.Sentences), Count(p.Exact), Percent(p.Accuracy));
            }

            phenomena.AddRow("all sentences", Count(score.Sentences), Count(score.ExactSentences),
                Percent(100.0 * score.ExactSentences / score.Sentences));
            AnsiConsole.Write(phenomena);
        }

        Console.WriteLine(score.DyadRoot.TruePositives == 0
            ? "dates: no dyad+root matches to check"
            : $"dates: {score.DatesRight:N0} of {score.DyadRoot.TruePositives:N0} dyad+root matches on the gold day ({Percent(score.DateAccuracy)}%)");
    }

    private static void PrintErrors(IReadOnlyList<DocumentErrors> errors)
    {
        foreach (var doc in errors)
        {
            Console.WriteLine($"{doc.Id}  ({doc.Origin})");
            if (doc.Text is not null)
            {
                Console.WriteLine($"    {doc.Text}");
            }

            foreach (var e in doc.FalseNegatives)
            {
                Console.WriteLine($"  FN  expected {e}{Quote(doc, e)}");
            }

            foreach (var e in doc.FalsePositives)
            {
                Console.WriteLine($"  FP  got      {e}{Quote(doc, e)}");
            }

            foreach (var (gold, got) in doc.Mismatches)
            {
                Console.WriteLine($"  ~   expected {gold}, got {got}{Quote(doc, got)}");
            }

            Console.WriteLine();
        }
    }

    private static string Quote(DocumentErrors doc, ScoredEvent e) =>
        doc.Text is null && !string.IsNullOrWhiteSpace(e.Sentence) ? $"  \"{e.Sentence}\"" : "";

    private static void PrintJson(IReadOnlyList<GoldFile> golds, EventScore score, bool withErrors, double seconds)
    {
        using var stdout = Terminal.OpenData();
        using (var w = new Utf8JsonWriter(stdout, JsonOutput.Indented))
        {
            w.WriteStartObject();
            w.WriteStartArray("gold");
            foreach (var gold in golds)
            {
                w.WriteStartObject();
                w.WriteString("file", gold.Path);
                w.WriteString("format", gold.Format == GoldFormat.Sentences ? "sentences" : "articles");
                w.WriteNumber("documents", gold.Documents.Count);
                w.WriteNumber("events", gold.EventCount);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("documents", score.Documents);
            w.WriteNumber("gold_events", score.DyadRoot.Gold);
            w.WriteNumber("predicted_events", score.DyadRoot.Predicted);
            w.WritePropertyName("dyad_root");
            Level(w, score.DyadRoot);
            w.WritePropertyName("full");
            Level(w, score.Full);
            w.WriteStartObject("dates");
            w.WriteNumber("matched", score.DyadRoot.TruePositives);
            w.WriteNumber("right", score.DatesRight);
            Number(w, "accuracy", score.DateAccuracy);
            w.WriteEndObject();
            w.WriteStartArray("roots");
            foreach (var (root, s) in score.Roots)
            {
                w.WriteStartObject();
                w.WriteString("root", root);
                LevelFields(w, s);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("sentences");
            w.WriteNumber("count", score.Sentences);
            w.WriteNumber("exact", score.ExactSentences);
            Number(w, "accuracy", score.Sentences == 0 ? null : 100.0 * score.ExactSentences / score.Sentences);
            w.WriteEndObject();
            w.WriteStartArray("phenomena");
            foreach (var p in score.Phenomena)
            {
                w.WriteStartObject();
                w.WriteString("phenomenon", p.Phenomenon);
                w.WriteNumber("sentences", p.Sentences);
                w.WriteNumber("exact", p.Exact);
                Number(w, "accuracy", p.Accuracy);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (withErrors)
            {
                Errors(w, score.Errors);
            }

            w.WriteNumber("seconds", Math.Round(seconds, 2));
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void Errors(Utf8JsonWriter w, IReadOnlyList<DocumentErrors> errors)
    {
        w.WriteStartArray("errors");
        foreach (var doc in errors)
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteString("origin", doc.Origin);
            if (doc.Text is not null)
            {
                w.WriteString("text", doc.Text);
            }

            Events(w, "false_negatives", doc.FalseNegatives);
            Events(w, "false_positives", doc.FalsePositives);
            w.WriteStartArray("mismatches");
            foreach (var (gold, got) in doc.Mismatches)
            {
                w.WriteStartObject();
                w.WritePropertyName("gold");
                Event(w, gold);
                w.WritePropertyName("predicted");
                Event(w, got);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Events(Utf8JsonWriter w, string name, IReadOnlyList<ScoredEvent> events)
    {
        w.WriteStartArray(name);
        foreach (var e in events)
        {
            Event(w, e);
        }

        w.WriteEndArray();
    }

    private static void Event(Utf8JsonWriter w, ScoredEvent e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        if (e.Target.Length == 0)
        {
            w.WriteNull("target");
        }
        else
        {
            w.WriteString("target", e.Target);
        }

        w.WriteString("cameo", e.Cameo);
        if (e.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("date");
        }

        if (e.Sentence is not null)
        {
            w.WriteString("sentence", e.Sentence);
        }

        w.WriteEndObject();
    }

    private static void Level(Utf8JsonWriter w, LevelScore s)
    {
        w.WriteStartObject();
        LevelFields(w, s);
        w.WriteEndObject();
    }

    private static void LevelFields(Utf8JsonWriter w, LevelScore s)
    {
        w.WriteNumber("gold", s.Gold);
        w.WriteNumber("predicted", s.Predicted);
        w.WriteNumber("tp", s.TruePositives);
        w.WriteNumber("fp", s.FalsePositives);
        w.WriteNumber("fn", s.FalseNegatives);
        Number(w, "precision", s.Precision);
        Number(w, "recall", s.Recall);
        Number(w, "f1", s.F1);
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "–";
}
