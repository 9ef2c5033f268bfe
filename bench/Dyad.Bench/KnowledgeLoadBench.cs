using BenchmarkDotNet.Attributes;
using Dyad.Knowledge;

namespace Dyad.Bench;

/// <summary>
/// Start-up cost of the knowledge base: every file read, validated and indexed. Target (issue 4): under 1 s and
/// under 300 MB. Run: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*KnowledgeLoad*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class KnowledgeLoadBench
{
    [Benchmark]
    public int LoadBuiltIn()
    {
        var load = KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot);
        return load.Base.PhraseCount;
    }
}
