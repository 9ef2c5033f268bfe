using Dyad.Server;
using Dyad.Store;
using Dyad.Tests.Cli;
using Dyad.Tests.Coding;
using Dyad.Tests.Store;
using Microsoft.AspNetCore.Builder;

namespace Dyad.Tests.Server;

/// <summary>The real server, in process on a free loopback port, over a store filled from the sample articles.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly TestStore store;
    private readonly WebApplication app;
    private readonly EventStore keeper;

    private ApiServer(TestStore store, WebApplication app, EventStore keeper, HttpClient client)
    {
        this.store = store;
        this.app = app;
        this.keeper = keeper;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<ApiServer> Start(string backend)
    {
        var store = new TestStore(backend);
        var ingest = DyadCli.Run("ingest", Samples.Articles, Path.Combine(Samples.Folder, "feeds"), Path.Combine(Samples.Folder, "html"), "--db", store.DbArgument);
        Assert.True(ingest.ExitCode is 0 or 1, ingest.Stderr);
        var app = DyadServer.Build(store.Target, BuiltInCoder.Kb, ["http://127.0.0.1:0"], out var keeper);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new ApiServer(store, app, keeper, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        keeper.Dispose();
        store.Dispose();
    }
}

/// <summary>One server per store kind, started on first use and shared by a test class (the API only reads).</summary>
public sealed class ApiServers : IAsyncLifetime
{
    private readonly Dictionary<string, Task<ApiServer>> servers = [];
    private readonly Lock gate = new();

    public Task<ApiServer> For(string backend)
    {
        lock (gate)
        {
            if (!servers.TryGetValue(backend, out var server))
            {
                servers[backend] = server = ApiServer.Start(backend);
            }

            return server;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in servers.Values)
        {
            await (await server).DisposeAsync();
        }
    }
}
