using BenchmarkDotNet.Attributes;
using Dyad.Ingest;
using Dyad.Text;

namespace Dyad.Bench;

/// <summary>
/// Language-model throughput on one thread over real newswire (the first 1,000 Reuters-21578 stories from
/// ../shared). Each benchmark's time is per token (OperationsPerInvoke), so tokens/s = 1e9 / mean ns.
/// Run: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*LanguageModels*'
/// (set DYAD_BENCH_MODELS=DIR to time model files other than the built-in ones).
/// </summary>
[MemoryDiagnoser]
public class LanguageModelsBench
{
    private const int TokensPerInvoke = 200_000;
    private static readonly string Folder = Environment.GetEnvironmentVariable("DYAD_BENCH_MODELS") is { Length: > 0 } dir ? dir : LanguageModels.BuiltInRoot;
    private LanguageModels models = null!;
    private readonly List<Document> tagged = [];
    private readonly List<Document> tokenized = [];
    private readonly List<string> texts = [];

    [GlobalSetup]
    public void Setup()
    {
        models = LanguageModels.Load(Folder);
        var total = 0;
        foreach (var article in ReutersSgml.Read(Path.Combine(SharedFolder.Path, "reuters-21578", "reut2-000.sgm")))
        {
            var document = new Document(article.Text);
            models.Tokenizer.Process(document);
            models.Tagger.Process(document);
            texts.Add(article.Text);
            tagged.Add(document);
            var plain = new Document(article.Text);
            models.Tokenizer.Process(plain);
            tokenized.Add(plain);
            total += document.TokenCount;
            if (total >= TokensPerInvoke)
            {
                break;
            }
        }

        Tokens = total;
    }

    /// <summary>Tokens in the sample (about 200,000).</summary>
    public static int Tokens { get; private set; }

    [Benchmark(Description = "tokenize + split, per token", OperationsPerInvoke = TokensPerInvoke)]
    public int Tokenize()
    {
        var n = 0;
        foreach (var text in texts)
        {
            var document = new Document(text);
            models.Tokenizer.Process(document);
            n += document.TokenCount;
        }

        return n;
    }

    [Benchmark(Description = "tag, per token", OperationsPerInvoke = TokensPerInvoke)]
    public int Tag()
    {
        foreach (var document in tokenized)
        {
            models.Tagger.Process(document);
        }

        return tokenized.Count;
    }

    [Benchmark(Description = "tag + parse, per token", OperationsPerInvoke = TokensPerInvoke)]
    public int TagAndParse()
    {
        foreach (var document in tokenized)
        {
            models.Tagger.Process(document);
            models.Parser.Process(document);
        }

        return tokenized.Count;
    }

    [Benchmark(Description = "whole pipeline from text, per token", OperationsPerInvoke = TokensPerInvoke)]
    public int Pipeline()
    {
        var n = 0;
        foreach (var text in texts)
        {
            var document = new Document(text);
            models.Process(document);
            n += document.TokenCount;
        }

        return n;
    }

    [Benchmark(Description = "load all models (cold files, warm JIT)")]
    public LanguageModels Load() => LanguageModels.Load(Folder);
}

/// <summary>The repository's ../shared folder, found upwards from the benchmark binary.</summary>
internal static class SharedFolder
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared");
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dyad.sln")) && Directory.Exists(candidate))
                {
                    return System.IO.Path.GetFullPath(candidate);
                }
            }

            throw new DirectoryNotFoundException("../shared (with reuters-21578) was not found beside the repository");
        }
    }
}
