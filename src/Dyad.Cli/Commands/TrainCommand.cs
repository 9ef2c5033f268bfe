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
        [Description("clusters (word classes from raw text), tagger (part-of-speech tagger and lemmatizer) or parser (dependency parser; trains on jackknifed tags).")]
        public string Model { get; init; } = "";

        [CommandOption("--train <FILE>")]
        [Description("Training treebank in CoNLL-U (e.g. ../shared/ud-english-ewt/en_ewt-ud-train.conllu).")]
        public string Train { get; init; } = "";

        [CommandOption("--text <PATH>")]
        [Description("For clusters: raw text to learn from (repeatable): CoNLL-U files (their words), Reuters .sgm files or folders, article files.")]
        public string[] Text { get; init; } = [];

        [CommandOption("--clusters <FILE>")]
        [Description("Word clusters the tagger or parser uses (default: clusters.bin.gz in --out, if there).")]
        public string? Clusters { get; init; }

        [CommandOption("--unlabeled <PATH>")]
        [Description("For the parser: unlabelled news to self-train on (repeatable; Reuters .sgm files or folders, article files). Sentences on which a left-to-right and a right-to-left parser agree join the treebank.")]
        public string[] Unlabeled { get; init; } = [];

        [CommandOption("--unlabeled-max <N>")]
        [Description("Most agreed sentences taken from --unlabeled.")]
        [DefaultValue(20000)]
        public int UnlabeledMax { get; init; } = 20000;

        [CommandOption("--dev <FILE>")]
        [Description("Development treebank, scored after training (never trained on).")]
        public string? Dev { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Folder to write the model files into (models/ to replace the built-in ones).")]
        public string Out { get; init; } = "";

        [CommandOption("--epochs <N>")]
        [Description("Passes over the training data (default 10 for the tagger, 15 for the parser).")]
        public int? Epochs { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the shuffling, for reproducible models.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (Model is not ("clusters" or "tagger" or "parser"))
            {
                return ValidationResult.Error($"unknown model '{Model}': use clusters, tagger or parser");
            }

            if (Out.Length == 0 || (Model == "clusters" ? Text.Length == 0 : Train.Length == 0))
            {
                return ValidationResult.Error(Model == "clusters" ? "give --text PATH (repeatable) and --out DIR" : "give --train FILE and --out DIR");
            }

            return Epochs is <= 0 or > 100 ? ValidationResult.Error("--epochs must be between 1 and 100") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Model == "clusters")
        {
            return TrainClusters(settings);
        }

        var clustersFile = settings.Clusters ?? Path.Combine(settings.Out, LanguageModels.ClustersFile);
        WordClusters? clusters = null;
        if (File.Exists(clustersFile))
        {
            clusters = ModelFile.Load(clustersFile, stream => WordClusters.Load(new BinaryReader(stream)));
            Terminal.Note($"using {clusters.Count:N0} word clusters from {clustersFile}");
        }
        else if (settings.Clusters is not null)
        {
            Terminal.Problem($"{clustersFile}: no such file", isError: true);
            return Terminal.Fatal;
        }

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
            var tagger = TaggerTrainer.Train(train, settings.Epochs ?? 10, settings.Seed, Progress, clusters);
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
            var tags = TaggerTrainer.Jackknife(train, 5, 10, clusters);
            var epochs = settings.Epochs ?? 15;
            if (settings.Unlabeled.Length > 0)
            {
                var extra = SelfTrainingData(settings, train, tags, clusters, epochs);
                if (extra is null)
                {
                    return Terminal.Fatal;
                }

                Terminal.Note($"{extra.Count:N0} agreed sentences join the {train.Count:N0} of the treebank ({clock.Elapsed.TotalSeconds:F0} s)");
                var all = new (string, string)[train.Count + extra.Count][];
                tags.CopyTo(all, 0);
                for (var i = 0; i < extra.Count; i++)
                {
                    all[train.Count + i] = Tags(extra[i]);
                }

                train = [.. train, .. extra];
                tags = all;
            }

            var parser = ParserTrainer.Train(train, tags, epochs, settings.Seed, progress: Progress, clusters: clusters);
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

    // Trains a left-to-right and a right-to-left parser side by side and keeps the news sentences they agree on.
    private static List<ConlluSentence>? SelfTrainingData(
        Settings settings, List<ConlluSentence> train, (string Upos, string Xpos)[][] tags, WordClusters? clusters, int epochs)
    {
        var folder = File.Exists(Path.Combine(settings.Out, LanguageModels.TaggerFile)) ? settings.Out : LanguageModels.BuiltInRoot;
        var tagger = ModelFile.Load(Path.Combine(folder, LanguageModels.TaggerFile), Tagger.Load);
        var articles = ReadArticles(settings.Unlabeled);
        if (articles is null)
        {
            return null;
        }

        Terminal.Note("training a left-to-right and a right-to-left parser on the treebank, side by side");
        var reversed = train.Select(ParserSelfTraining.Reverse).ToList();
        var reversedTags = ParserSelfTraining.Reverse(tags);
        var forward = Task.Run(() => ParserTrainer.Train(train, tags, epochs, settings.Seed, clusters: clusters));
        var backward = Task.Run(() => ParserTrainer.Train(reversed, reversedTags, epochs, settings.Seed, clusters: clusters));
        Task.WaitAll(forward, backward);

        var tokenizer = new Tokenizer();
        IEnumerable<Document> Tagged()
        {
            foreach (var article in articles)
            {
                var document = new Document(article.Text);
                tokenizer.Process(document);
                tagger.Process(document);
                yield return document;
            }
        }

        var agreed = ParserSelfTraining.Agreed(Tagged(), forward.Result, backward.Result, settings.UnlabeledMax, out var seen);
        Terminal.Note($"the two parsers agree on {agreed.Count:N0} of {seen:N0} news sentences parsed");
        return agreed;
    }

    private static (string Upos, string Xpos)[] Tags(ConlluSentence sentence)
    {
        var pairs = new (string, string)[sentence.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (sentence.Upos[i], sentence.Xpos[i]);
        }

        return pairs;
    }

    // Articles of Reuters .sgm files or folders, or of any files the article reader knows, streamed.
    private static IEnumerable<Dyad.Domain.Article>? ReadArticles(IEnumerable<string> paths)
    {
        var sources = new List<IEnumerable<Dyad.Domain.Article>>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Terminal.Problem($"{path}: no such file or folder", isError: true);
                return null;
            }

            var sgm = Directory.Exists(path)
                ? Directory.GetFiles(path, "*.sgm").Order(StringComparer.Ordinal).ToArray()
                : path.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase) ? [path] : [];
            sources.Add(sgm.Length > 0
                ? sgm.SelectMany(Dyad.Ingest.ReutersSgml.Read)
                : new Dyad.Ingest.ArticleReader().Read([path]).OfType<Dyad.Ingest.ArticleRead>().Select(a => a.Article));
        }

        return sources.SelectMany(articles => articles);
    }

    private static int TrainClusters(Settings settings)
    {
        var clock = Stopwatch.StartNew();
        var sentences = new List<IReadOnlyList<string>>();
        var tokenizer = new Tokenizer();
        foreach (var path in settings.Text)
        {
            var before = sentences.Count;
            if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
            {
                var treebank = Treebank.Read(path);
                if (treebank is null)
                {
                    return Terminal.Fatal;
                }

                sentences.AddRange(treebank.Select(s => s.Forms));
            }
            else
            {
                var articles = ReadArticles([path]);
                if (articles is null)
                {
                    return Terminal.Fatal;
                }

                foreach (var article in articles)
                {
                    var document = new Document(article.Text);
                    tokenizer.Process(document);
                    for (var s = 0; s < document.Sentences.Count; s++)
                    {
                        var tokens = document.SentenceTokens(s);
                        var words = new string[tokens.Length];
                        for (var i = 0; i < words.Length; i++)
                        {
                            words[i] = tokens[i].Text;
                        }

                        sentences.Add(words);
                    }
                }
            }

            Terminal.Note($"{path}: {sentences.Count - before:N0} sentences");
        }

        if (sentences.Count == 0)
        {
            Terminal.Problem("no text to learn clusters from", isError: true);
            return Terminal.Fatal;
        }

        var clusters = WordClusterer.Train(sentences, progress: (iteration, moved) =>
            Terminal.Note($"iteration {iteration}: {moved:N0} words changed class ({clock.Elapsed.TotalSeconds:F0} s)"));
        ModelFile.Save(Path.Combine(settings.Out, LanguageModels.ClustersFile), stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            clusters.Save(writer);
        });
        Terminal.Note($"wrote {LanguageModels.ClustersFile} ({clusters.Count:N0} words) to {settings.Out} ({clock.Elapsed.TotalSeconds:F0} s)");
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
