using BenchmarkDotNet.Attributes;
using Dyad.Coding;
using Dyad.Ingest;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Bench;

/// <summary>
/// End-to-end event coding on one thread over real newswire: Reuters-21578 stories from ../shared read from their
/// SGML, then tokenized, tagged, parsed, searched for actors and coded. Time is per sentence (about 10,000
/// sentences per invocation), so sentences/s = 1e9 / mean ns.
/// Run: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*EventCoding*'
/// </summary>
[MemoryDiagnoser]
public class EventCodingBench
{
    private const int SentencesPerInvoke = 10_000;
    private readonly List<string> files = [];
    private readonly List<Dyad.Domain.Article> stories = [];
    private ArticleCoder coder = null!;
    private LanguageModels models = null!;
    private int articles;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot).Base;
        models = LanguageModels.Load(LanguageModels.BuiltInRoot);
        coder = new ArticleCoder(knowledge, models);
        var sentences = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(SharedFolder.Path, "reuters-21578"), "*.sgm").Order())
        {
            files.Add(path);
            foreach (var article in ReutersSgml.Read(path))
            {
                coder.Code(article);
                stories.Add(article);
                sentences += coder.LastSentenceCount;
                articles++;
                if (sentences >= SentencesPerInvoke)
                {
                    Console.WriteLine($"// {articles} stories, {sentences} sentences per invocation");
                    return;
                }
            }
        }
    }

    [Benchmark(Description = "read + code Reuters stories, per sentence", OperationsPerInvoke = SentencesPerInvoke)]
    public int ReadAndCode()
    {
        var events = 0;
        var left = articles;
        foreach (var path in files)
        {
            foreach (var article in ReutersSgml.Read(path))
            {
                events += coder.Code(article).Count;
                if (--left == 0)
                {
                    return events;
                }
            }
        }

        return events;
    }

    [Benchmark(Description = "language models only (tokenize, tag, parse), per sentence", OperationsPerInvoke = SentencesPerInvoke)]
    public int LanguageModelsOnly()
    {
        var tokens = 0;
        foreach (var article in stories)
        {
            var document = new Document(article.Text);
            models.Process(document);
            tokens += document.TokenCount;
        }

        return tokens;
    }

    [Benchmark(Description = "code stories already read, per sentence", OperationsPerInvoke = SentencesPerInvoke)]
    public int Code()
    {
        var events = 0;
        foreach (var article in stories)
        {
            events += coder.Code(article).Count;
        }

        return events;
    }
}
