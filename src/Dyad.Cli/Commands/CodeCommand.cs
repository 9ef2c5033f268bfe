using System.Diagnostics;
using Dyad.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad code</c>: reads articles and runs them through the pipeline, writing one JSON object per event to
/// stdout. Input problems go to stderr and the run goes on; the exit code is 1 when any input failed.
/// </summary>
internal sealed class CodeCommand : Command<InputSettings>
{
    public override int Execute(CommandContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var knowledge = settings.LoadKnowledge();
        if (knowledge is null)
        {
            return Terminal.Fatal;
        }

        var reader = new ArticleReader(settings.ToReadOptions());
        var tally = new ProblemTally();
        var clock = Stopwatch.StartNew();

        void Run(Action<int>? progress)
        {
            foreach (var item in reader.Read(settings.Paths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ArticleRead:
                        // The event coder is not part of the pipeline yet: articles are read and checked, no events are made.
                        tally.Articles++;
                        progress?.Invoke(tally.Articles);
                        break;
                    case ReadProblem problem:
                        tally.Report(problem);
                        break;
                }
            }
        }

        if (Terminal.Interactive)
        {
            Terminal.Error.Status().Start("Reading articles…", ctx => Run(n => ctx.Status($"Reading articles… {n:N0}")));
        }
        else
        {
            Run(null);
        }

        return tally.Finish("read", $"{clock.Elapsed.TotalSeconds:0.0} s; no events written: the event coder is not built yet");
    }
}
