using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dyad.Tests.Cli;
using Microsoft.Playwright;

namespace Dyad.Tests.Server;

/// <summary>
/// What the browser tests share: a DuckDB store filled from the samples by the real <c>dyad ingest</c>, the real
/// <c>dyad serve</c> on a free loopback port, and Debian's Chromium driven by Playwright (no browser download).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // A plain path, not a TempFolder: the fixture's async dispose removes it after the server has let go of the store.
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dyad-dashboard-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly StringBuilder serverOutput = new();
    private Process? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>True when Debian's chromium package is installed (.ci/run installs it).</summary>
    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The dashboard's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Screenshots for people to look at: TestResults/screenshots under the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser was not started");

    /// <summary>
    /// Whether a browser test can run. Without Chromium a test passes quietly on a developer's machine and fails
    /// under CI (CI set), which must have it, as the PostgreSQL tests do for their server.
    /// </summary>
    public static bool Available()
    {
        if (HasChromium)
        {
            return true;
        }

        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            Assert.Fail($"{ChromiumPath} is missing: the dashboard tests need Debian's chromium package (apt-get install chromium); .ci/run installs it.");
        }

        return false;
    }

    public async Task InitializeAsync()
    {
        if (!HasChromium)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "dashboard.duckdb");
        var ingest = DyadCli.Run("ingest", Samples.Articles, Path.Combine(Samples.Folder, "feeds"), Path.Combine(Samples.Folder, "html"), "--db", db, "--json");
        using (var report = JsonDocument.Parse(ingest.Stdout))
        {
            if (report.RootElement.GetProperty("store_events").GetInt32() == 0)
            {
                throw new InvalidOperationException("ingesting the samples stored no events: " + ingest.Stderr);
            }
        }

        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        server = StartServer(db, BaseUrl);
        await WaitUntilServing();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await server.WaitForExitAsync();
            server.Dispose();
        }

        Http.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A fresh browser context and page at a laptop's size, opened on <paramref name="query"/> and loaded.</summary>
    public async Task<DashboardPage> OpenAsync(string query = "")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var session = new DashboardPage(context, page, BaseUrl);
        await session.GoAsync(query);
        return session;
    }

    /// <summary>GETs an API path (e.g. /api/events?actor=COL) and parses the JSON body.</summary>
    public async Task<JsonDocument> GetJsonAsync(string pathAndQuery)
    {
        using var response = await Http.GetAsync(BaseUrl + pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body);
    }

    private Process StartServer(string db, string url)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dyad.dll"), "serve", "--db", db, "--urls", url })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (serverOutput)
            {
                serverOutput.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilServing()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"dyad serve exited with {server.ExitCode}: {ServerOutput}");
            }

            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/api/status");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"dyad serve did not answer at {BaseUrl} within 60 s: {ServerOutput}");
    }

    private string ServerOutput
    {
        get
        {
            lock (serverOutput)
            {
                return serverOutput.ToString();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One browser tab on the dashboard, recording every request it makes and every script error.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string baseUrl;

    public DashboardPage(IBrowserContext context, IPage page, string baseUrl)
    {
        this.context = context;
        this.baseUrl = baseUrl;
        Page = page;
        page.Request += (_, request) =>
        {
            lock (Requests)
            {
                Requests.Add(request.Url);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Every URL the page asked for, in order.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Uncaught script errors (a failed API call is shown on the page, not thrown).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens the dashboard with a query string and waits until every view has loaded.</summary>
    public async Task GoAsync(string query)
    {
        await Page.GotoAsync(baseUrl + "/" + query);
        await Ready();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await Ready();
    }

    private Task Ready() => Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");

    public ILocator ByTestId(string id) => Page.Locator($"[data-testid=\"{id}\"]");

    /// <summary>The query string of the page's address, decoded into pairs.</summary>
    public Dictionary<string, string> Query()
    {
        var query = new Uri(Page.Url).Query.TrimStart('?');
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");
    }

    /// <summary>Saves what the window shows, or the whole scrolled page (the side panels are fixed to the window).</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = false)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await context.DisposeAsync();
    }
}
