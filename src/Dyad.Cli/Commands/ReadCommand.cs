using System.Text.Json;
using Dyad.Domain;
using Dyad.Ingest;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad read</c>: prints each article as Dyad reads it, to check header and dateline parsing.</summary>
internal sealed class ReadCommand : Command<InputSettings>
{
    public override int Execute(CommandContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(settings.ToReadOptions());
        var tally = new ProblemTally();
        using var stdout = Terminal.OpenData();
        foreach (var item in reader.Read(settings.Paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item is ArticleRead read)
            {
                using (var w = new Utf8JsonWriter(stdout, JsonOutput.Lines))
                {
                    ArticleJson.Write(w, read.Article);
                }

                stdout.WriteByte((byte)'\n');
                tally.Articles++;
            }
            else if (item is ReadProblem problem)
            {
                tally.Report(problem);
            }
        }

        return tally.Finish("read");
    }
}
