using Dyad.Coding;
using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Tests.Text;

namespace Dyad.Tests.Coding;

/// <summary>The whole pipeline with the shipped knowledge and models, loaded once for all tests.</summary>
public static class BuiltInCoder
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeLoader.Load(KnowledgeLoader.BuiltInRoot).Base);

    [ThreadStatic]
    private static ArticleCoder? coder;

    public static KnowledgeBase Kb => Knowledge.Value;

    /// <summary>A coder for this thread (coders reuse buffers, so tests running in parallel each get one).</summary>
    public static ArticleCoder Coder => coder ??= new ArticleCoder(Knowledge.Value, BuiltInModels.Get);

    /// <summary>Codes one short text published on <paramref name="published"/> (yyyy-MM-dd).</summary>
    public static IReadOnlyList<Event> Code(string text, string published = "2024-03-15", string? dateline = null) =>
        Coder.Code(new Article("test", text, Published: DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Dateline: dateline));

    /// <summary>"SRC CODE TGT" for each event, to make failures readable.</summary>
    public static string Show(IEnumerable<Event> events) =>
        string.Join("; ", events.Select(e => $"{e.Source.Code} {e.Code.Value} {e.Target?.Code} [{e.Rule}]"));
}
