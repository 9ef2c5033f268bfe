using System.ComponentModel;
using System.Diagnostics;
using Dyad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train tagger|parser</c>: rebuilds a language model from a CoNLL-U treebank and reports its dev scores.</summary>
internal sealed class TrainCommand : Command<TrainCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<MODEL>")]
        [Description("tagger (part-of-speech tagger and lemmatizer) or parser (dependency parser; trains on jackknifed tags).")]
        public string Model { get; init; } = "";

        [CommandOption("--train <FILE>")]
        [Description("Training treebank in CoNLL-U (e.g. ../shared/ud-english-ewt/en_ewt-ud-train.conllu).")]
        public string Train { get; init; } = "";

        [CommandOption("--dev <FILE>")]
        [Description("Development treebank, scored after training (never trained on).")]
        public string? Dev { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Folder to write the model files into (models/ to replace the built-in ones).")]
        public string Out { get; init; } = "";

        [CommandOption("--epochs <N>")]
        [Description("Passes over the training data (default 10 for the tagger, 12 for the parser).")]
        public int? Epochs { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the shuffling, for reproducible models.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (Model is not ("tagger" or "parser"))
            {
                return ValidationResult.Error($"unknown model '{Model}': use tagger or parser");
            }

            if (Train.Length == 0 || Out.Length == 0)
            {
                return ValidationResult.Error("give --train FILE and --out DIR");
            }

            return Epochs is <= 0 or > 100 ? ValidationResult.Error("--epochs must be between 1 and 100") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var train = Treebank.Read(settings.Train);
        var dev = settings.Dev is null ? null : Treebank.Read(settings.Dev);
        if (train is null || (settings.Dev is not null && dev is null))
        {
            return Terminal.Fatal;
        }

        Terminal.Note($"training the {settings.Model} on {train.Count:N0} sentences of {settings.Train}");
        var clock = Stopwatch.StartNew();
        void Progress(int epoch, double accuracy) =>
            Terminal.Note($"epoch {epoch}: {accuracy:P2} of training decisions right ({clock.Elapsed.TotalSeconds:F0} s)");

        if (settings.Model == "tagger")
        {
            var tagger = TaggerTrainer.Train(train, settings.Epochs ?? 10, settings.Seed, Progress);
            var lemmatizer = Lemmatizer.Train(train);
            ModelFile.Save(Path.Combine(settings.Out, LanguageModels.TaggerFile), tagger.Save);
            ModelFile.Save(Path.Combine(settings.Out, LanguageModels.LemmatizerFile), lemmatizer.Save);
            Terminal.Note($"wrote {LanguageModels.TaggerFile} and {LanguageModels.LemmatizerFile} to {settings.Out} ({clock.Elapsed.TotalSeconds:F0} s)");
            if (dev is not null)
            {
                EvalCommand.Print(TreebankEvaluator.Evaluate(settings.Dev!, dev, tagger, lemmatizer.Process), json: false);
            }
        }
        else
        {
            Terminal.Note("tagging the training data by 5-fold jackknifing");
            var tags = TaggerTrainer.Jackknife(train, 5, 10);
            var parser = ParserTrainer.Train(train, tags, settings.Epochs ?? 12, settings.Seed, progress: Progress);
            ModelFile.Save(Path.Combine(settings.Out, LanguageModels.ParserFile), parser.Save);
            Terminal.Note($"wrote {LanguageModels.ParserFile} to {settings.Out} ({clock.Elapsed.TotalSeconds:F0} s)");
            if (dev is not null)
            {
                // The parser is scored on the tags of the tagger it will run with: the one in --out, else the built-in one.
                var folder = File.Exists(Path.Combine(settings.Out, LanguageModels.TaggerFile)) ? settings.Out : LanguageModels.BuiltInRoot;
                var models = LanguageModels.Load(folder, parser);
                EvalCommand.Print(TreebankEvaluator.Evaluate(settings.Dev!, dev, models.Tagger, models.Lemmatizer.Process, models.Parser), json: false);
            }
        }

        return Terminal.Ok;
    }
}

/// <summary>Reads treebanks for the train and eval commands, reporting a bad file as one error line.</summary>
internal static class Treebank
{
    public static List<ConlluSentence>? Read(string path)
    {
        if (!File.Exists(path))
        {
            Terminal.Problem($"{path}: no such file", isError: true);
            return null;
        }

        try
        {
            var sentences = ConlluReader.Read(path).ToList();
            if (sentences.Count == 0)
            {
                Terminal.Problem($"{path}: no sentences (is it CoNLL-U?)", isError: true);
                return null;
            }

            return sentences;
        }
        catch (InvalidDataException ex)
        {
            Terminal.Problem(ex.Message, isError: true);
            return null;
        }
    }
}
