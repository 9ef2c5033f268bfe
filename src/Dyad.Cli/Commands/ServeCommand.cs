using System.ComponentModel;
using Dyad.Knowledge;
using Dyad.Server;
using Dyad.Store;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad serve</c>: the HTTP API and the dashboard over a store, until Ctrl+C.</summary>
internal sealed class ServeCommand : Command<ServeCommand.Settings>
{
    internal sealed class Settings : StoreReadSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, separated by ';'. Loopback by default: nothing is exposed unless you ask.")]
        [DefaultValue("http://127.0.0.1:5000")]
        public string Urls { get; init; } = "http://127.0.0.1:5000";

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful)
            {
                return result;
            }

            foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    return ValidationResult.Error($"--urls takes addresses such as http://127.0.0.1:5000, not '{url}'");
                }
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = StoreTarget.Parse(settings.Db);
        var knowledge = KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot).Base;
        var urls = settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var app = DyadServer.Build(target, knowledge, urls, out var keeper);
        using (keeper)
        {
            var counts = keeper.Counts();
            try
            {
                app.StartAsync(cancellationToken).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new StoreException($"cannot listen on {settings.Urls}: {e.Message}");
            }

            Terminal.Note($"serving {target.Display} ({counts.Events:N0} events, {counts.Articles:N0} articles) at {string.Join(", ", urls)}"
                + (DyadServer.HasDashboard ? "" : " — API only: the dashboard was not built (needs npm at build time)")
                + "; Ctrl+C stops");
            app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return Terminal.Ok;
    }
}
