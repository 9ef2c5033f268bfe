using System.Text;
using Spectre.Console;

namespace Dyad.Cli;

/// <summary>
/// The two channels of the CLI: stdout carries only data (JSON lines, tables asked for), stderr carries
/// diagnostics, progress and summaries, so that <c>dyad code … &gt; events.jsonl</c> stays clean.
/// </summary>
internal static class Terminal
{
    /// <summary>
    /// What a lone <c>-</c> (stdin) becomes before the command-line parser sees it, since the parser takes
    /// <c>-</c> for an option; <see cref="Commands.InputSettings"/> turns it back.
    /// </summary>
    public const string StdinArgument = "\u0001stdin";

    /// <summary>Exit code when everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when some inputs could not be used (the rest were processed).</summary>
    public const int SomeFailed = 1;

    /// <summary>Exit code when the run could not start or stopped (bad usage, broken knowledge, I/O failure).</summary>
    public const int Fatal = 2;

    /// <summary>Diagnostics console, writing to stderr.</summary>
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>Raw UTF-8 stdout for machine-readable output.</summary>
    public static Stream OpenData() => Console.OpenStandardOutput();

    /// <summary>UTF-8 without byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false);

    /// <summary>True when stderr is a terminal a person watches (progress is drawn only then).</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Error.Profile.Capabilities.Interactive;

    /// <summary>Prints one problem: <c>dyad: error: path:line: message</c>, on one line whatever its length.</summary>
    public static void Problem(string text, bool isError)
    {
        if (Interactive)
        {
            var label = isError ? "[red]error[/]" : "[yellow]warning[/]";
            Error.MarkupLine($"dyad: {label}: {Markup.Escape(text)}");
        }
        else
        {
            // Redirected output is read by programs and grep: no colour, no wrapping.
            Console.Error.WriteLine($"dyad: {(isError ? "error" : "warning")}: {text}");
        }
    }

    /// <summary>Prints a note on stderr.</summary>
    public static void Note(string text)
    {
        if (Interactive)
        {
            Error.MarkupLine($"dyad: {Markup.Escape(text)}");
        }
        else
        {
            Console.Error.WriteLine($"dyad: {text}");
        }
    }

    /// <summary>Reports an unexpected failure: one line, or the whole exception with <c>--verbose</c>.</summary>
    public static int Fail(Exception ex, bool verbose)
    {
        if (verbose)
        {
            Error.WriteException(ex);
        }
        else
        {
            var message = ex is Spectre.Console.Cli.CommandParseException or Spectre.Console.Cli.CommandRuntimeException or Dyad.Store.StoreException
                ? ex.Message
                : $"{ex.Message} (run with --verbose for details)";
            Problem(message, isError: true);
        }

        return Fatal;
    }
}
