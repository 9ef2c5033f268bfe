using System.Text;
using BenchmarkDotNet.Attributes;
using Dyad.Ingest;

namespace Dyad.Bench;

/// <summary>
/// Ingest throughput: wire-format articles parsed from memory (header, dateline, id hash, English check).
/// Run: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*ArticleReader*'
/// </summary>
[MemoryDiagnoser]
public class ArticleReaderBench
{
    private string folder = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "dyad-bench-articles");
        Directory.CreateDirectory(folder);
        var body = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            body.Append("Officials from the two countries said on Tuesday that talks on trade and border security would resume next month, ");
            body.Append("after a pause of nearly a year in which both sides accused each other of bad faith.\n\n");
        }

        for (var i = 0; i < 1000; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:0000}.txt"),
                $"Talks to resume, story {i}\n\nBench Wire\nPosted: Jan 0{(i % 9) + 1}, 2020 10:00 AM\n\nBy A Writer\n\nGENEVA (Bench) - {body}");
        }
    }

    [Benchmark(Description = "1,000 wire articles from a folder")]
    public int ReadFolder()
    {
        var n = 0;
        foreach (var item in new ArticleReader().Read([folder]))
        {
            if (item is ArticleRead)
            {
                n++;
            }
        }

        return n;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);
}
