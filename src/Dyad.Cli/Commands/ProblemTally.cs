using Dyad.Ingest;

namespace Dyad.Cli.Commands;

/// <summary>Counts articles and input problems over a run, prints each problem once, and gives the exit code.</summary>
internal sealed class ProblemTally
{
    public int Articles { get; set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Report(ReadProblem problem)
    {
        if (problem.IsError)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }

        Terminal.Problem(problem.ToString(), problem.IsError);
    }

    /// <summary>Prints the summary line and returns 1 when any input failed, else 0.</summary>
    public int Finish(string verb, string? extra = null)
    {
        var summary = $"{verb} {Articles} article{(Articles == 1 ? "" : "s")}";
        if (Errors > 0)
        {
            summary += $"; {Errors} input{(Errors == 1 ? "" : "s")} could not be read";
        }

        if (Warnings > 0)
        {
            summary += $"; {Warnings} warning{(Warnings == 1 ? "" : "s")}";
        }

        Terminal.Note(extra is null ? summary : $"{summary}; {extra}");
        return Errors > 0 ? Terminal.SomeFailed : Terminal.Ok;
    }
}
