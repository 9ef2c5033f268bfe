using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Dyad.Cli;

/// <summary>Help that opens, at the top level, with what Dyad is for and closes with where to start.</summary>
internal sealed class DyadHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetHeader(ICommandModel model, ICommandInfo? command)
    {
        if (command is not null)
        {
            return base.GetHeader(model, command);
        }

        return
        [
            new Markup("[bold]dyad[/] turns news reports into event data: who did what to whom, when\n" +
                       "and where, coded in CAMEO (event code, QuadClass, Goldstein) and PLOVER,\n" +
                       "with the evidence kept.\n\n"),
        ];
    }

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        if (command is not null)
        {
            return base.GetFooter(model, command);
        }

        return
        [
            new Markup("\nStart with [bold]dyad read FILE[/] to see how an article is read,\n" +
                       "[bold]dyad knowledge lookup \"Peruvian President\"[/] to see what Dyad knows,\n" +
                       "and [bold]dyad COMMAND --help[/] for the options of each command.\n" +
                       "Exit codes: 0 all inputs used; 1 some inputs failed, each named on stderr;\n" +
                       "2 the run could not start.\n"),
        ];
    }
}
