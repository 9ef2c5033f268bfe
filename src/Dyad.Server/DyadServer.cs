using Dyad.Knowledge;
using Dyad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Dyad.Server;

/// <summary>
/// <c>dyad serve</c>: the HTTP API over a store and the dashboard (static files built from web/), in one process.
/// The store is opened once at start (creating its tables if needed) and kept open; each request reads on a
/// connection of its own.
/// </summary>
public static class DyadServer
{
    /// <summary>Where the dashboard's files are: wwwroot beside the program.</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>True when the dashboard was built (npm was available at build time).</summary>
    public static bool HasDashboard => File.Exists(Path.Combine(WebRoot, "index.html"));

    /// <summary>Builds the application; <paramref name="keeper"/> stays open for the server's lifetime.</summary>
    public static WebApplication Build(StoreTarget target, KnowledgeBase knowledge, string[] urls, out EventStore keeper)
    {
        keeper = EventStore.Open(target, create: false);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Requests are not logged; failures are, on stderr with the CLI's other diagnostics.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls(urls);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddOperationTransformer(ApiDocumentation.Describe));
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (HasDashboard)
        {
            var files = new PhysicalFileProvider(WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        else
        {
            app.MapGet("/", () => Results.Content(
                "<!doctype html><title>Dyad</title><p>The dashboard was not built (it needs Node.js and npm at build time). The API is at <a href=\"/api/events\">/api/events</a>.</p>",
                "text/html"));
        }

        app.MapOpenApi();
        new EventsApi(target, knowledge).Map(app);
        return app;
    }
}
