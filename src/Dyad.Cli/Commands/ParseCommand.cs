using System.ComponentModel;
using System.Diagnostics;
using Dyad.Ingest;
using Dyad.Text;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad parse</c>: reads articles and prints their tokens, tags, lemmas and dependencies as CoNLL-U.</summary>
internal sealed class ParseCommand : Command<ParseCommand.Settings>
{
    internal sealed class Settings : InputSettings
    {
        [CommandOption("--models <DIR>")]
        [Description("Folder holding the model files (default: the built-in models).")]
        public string? Models { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var models = LanguageModels.Load(settings.Models ?? LanguageModels.BuiltInRoot);
        var reader = new ArticleReader(settings.ToReadOptions());
        var tally = new ProblemTally();
        var clock = Stopwatch.StartNew();
        long tokens = 0;
        using var stdout = new StreamWriter(Terminal.OpenData(), Terminal.Utf8, 1 << 16);
        foreach (var item in reader.Read(settings.Paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item is ArticleRead read)
            {
                var document = new Document(read.Article.Text);
                models.Process(document);
                ConlluWriter.Write(stdout, document, read.Article.Id);
                tokens += document.TokenCount;
                tally.Articles++;
            }
            else if (item is ReadProblem problem)
            {
                tally.Report(problem);
            }
        }

        stdout.Flush();
        Terminal.Note($"{tokens:N0} tokens in {clock.Elapsed.TotalSeconds:F1} s");
        return tally.Finish("parsed");
    }
}
