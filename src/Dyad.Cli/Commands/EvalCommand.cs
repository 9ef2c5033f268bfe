using System.ComponentModel;
using System.Text.Json;
using Dyad.Domain;
using Dyad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad eval tagger|parser</c>: scores the language models on a gold CoNLL-U file. One class serves both
/// commands of the <c>eval</c> branch; the command's name says whether the parser is run.
/// </summary>
internal sealed class EvalCommand : Command<EvalCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--conllu <FILE>")]
        [Description("Gold treebank in CoNLL-U, e.g. ../shared/ud-english-ewt/en_ewt-ud-test.conllu.")]
        public string Conllu { get; init; } = "";

        [CommandOption("--models <DIR>")]
        [Description("Folder holding the model files (default: the built-in models).")]
        public string? Models { get; init; }

        [CommandOption("--raw")]
        [Description("Also score from raw text: Dyad's own tokenizer and sentence splitter, aligned to the gold words.")]
        public bool Raw { get; init; }

        [CommandOption("--gold-tags")]
        [Description("Give the lemmatizer and parser the gold part-of-speech tags, to score them apart from the tagger's errors.")]
        public bool GoldTags { get; init; }

        [CommandOption("--write <FILE>")]
        [Description("Also write the analyses (gold words, predicted tags, lemmas and tree) to FILE as CoNLL-U, for error analysis.")]
        public string? Write { get; init; }

        [CommandOption("--json")]
        [Description("Print the scores as one JSON object on stdout.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Conllu.Length == 0 ? ValidationResult.Error("give --conllu FILE") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gold = Treebank.Read(settings.Conllu);
        if (gold is null)
        {
            return Terminal.Fatal;
        }

        var withParser = context.Name == "parser";
        var models = LanguageModels.Load(settings.Models ?? LanguageModels.BuiltInRoot);
        var parser = withParser ? models.Parser : null;
        using var predictions = settings.Write is null ? null : new StreamWriter(settings.Write);
        var score = TreebankEvaluator.Evaluate(settings.Conllu, gold, models.Tagger, models.Lemmatizer.Process, parser, settings.GoldTags, predictions);
        var raw = settings.Raw ? RawTextEvaluator.Evaluate(settings.Conllu, gold, models, withParser) : null;
        Print(score, settings.Json, raw);
        return Terminal.Ok;
    }

    /// <summary>Prints scores as a table, or as one JSON object with <paramref name="json"/>.</summary>
    internal static void Print(TreebankScore score, bool json, RawTextScore? raw = null)
    {
        if (json)
        {
            using var stdout = Terminal.OpenData();
            using (var w = new Utf8JsonWriter(stdout, JsonOutput.Indented))
            {
                w.WriteStartObject();
                w.WriteString("file", score.Source);
                w.WriteNumber("sentences", score.Sentences);
                w.WriteNumber("words", score.Words);
                w.WriteNumber("upos", score.Upos);
                w.WriteNumber("xpos", score.Xpos);
                Optional(w, "lemma", score.Lemma);
                Optional(w, "uas", score.Uas);
                Optional(w, "las", score.Las);
                Optional(w, "las_with_subtypes", score.LasFull);
                w.WriteNumber("words_per_second", Math.Round(score.WordsPerSecond));
                if (raw is not null)
                {
                    w.WriteStartObject("raw_text");
                    w.WriteNumber("tokens_f1", raw.Tokens);
                    w.WriteNumber("sentences_f1", raw.Sentences);
                    w.WriteNumber("upos_f1", raw.Upos);
                    Optional(w, "uas_f1", raw.Uas);
                    Optional(w, "las_f1", raw.Las);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Path.GetFileName(score.Source)));
        table.AddColumn("measure");
        table.AddColumn(new TableColumn("gold tokens").RightAligned());
        if (raw is not null)
        {
            table.AddColumn(new TableColumn("raw text (F1)").RightAligned());
        }

        void Row(string name, double? value, double? rawValue = null)
        {
            if (value is null && rawValue is null)
            {
                return;
            }

            var cells = new List<string> { name, value is null ? "" : $"{value:F2}" };
            if (raw is not null)
            {
                cells.Add(rawValue is null ? "" : $"{rawValue:F2}");
            }

            table.AddRow([.. cells.Select(Markup.Escape)]);
        }

        Row("tokens", null, raw?.Tokens);
        Row("sentences", null, raw?.Sentences);
        Row("UPOS", score.Upos, raw?.Upos);
        Row("XPOS", score.Xpos);
        Row("lemma", score.Lemma);
        Row("UAS", score.Uas, raw?.Uas);
        Row("LAS", score.Las, raw?.Las);
        Row("LAS with subtypes", score.LasFull);
        AnsiConsole.Write(table);
        Console.WriteLine($"{score.Sentences:N0} sentences, {score.Words:N0} words, {score.WordsPerSecond:N0} words/s (one thread, models warm-up included)");
    }

    private static void Optional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }
}
