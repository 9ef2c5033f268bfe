using Dyad.Actors;
using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// The whole pipeline for one article: language models, actor mentions and their coreference, then events. One
/// instance reuses its buffers, so use one per thread.
/// </summary>
public sealed class ArticleCoder
{
    private readonly LanguageModels models;
    private readonly ActorFinder finder;
    private readonly EventCoder coder;
    private readonly PlaceResolver places;
    private readonly AttributionSplit attributions;
    private readonly Action<Document> tagRepair;
    private bool[] inQuote = new bool[1024];
    private City?[] townAt = new City?[256];

    /// <summary>Creates a coder over loaded knowledge and language models.</summary>
    public ArticleCoder(KnowledgeBase knowledge, LanguageModels models)
    {
        this.models = models;
        finder = new ActorFinder(knowledge);
        coder = new EventCoder(knowledge);
        places = new PlaceResolver(knowledge, finder);
        attributions = new AttributionSplit(models.Parser);
        tagRepair = new DictionaryTagRepair(knowledge, models.Tagger).Process;
    }

    /// <summary>When set, the event coder explains its decisions here (see <see cref="EventCoder.Trace"/>).</summary>
    public List<string>? Trace
    {
        get => coder.Trace;
        set => coder.Trace = value;
    }

    /// <summary>Sentences in the last article coded.</summary>
    public int LastSentenceCount { get; private set; }

    /// <summary>Codes <paramref name="article"/>: its events in text order.</summary>
    public IReadOnlyList<Event> Code(Article article) => Code(article, out _, out _);

    /// <summary>Codes <paramref name="article"/> and hands back the analysed document and the resolved mentions.</summary>
    public IReadOnlyList<Event> Code(Article article, out Document document, out List<ActorMention> mentions)
    {
        document = new Document(article.Text);
        models.Process(document, tagRepair);
        attributions.Process(document);
        ClauseRepair.Process(document);
        LastSentenceCount = document.Sentences.Count;
        var quotes = MarkQuotes(document);
        var date = article.Published is { } p ? DateOnly.FromDateTime(p) : (DateOnly?)null;
        var found = finder.Find(document, date, quotes);
        var analysed = document;
        mentions = Coreference.Resolve(document, found, places.HomeCountry(article), s => TownCountry(analysed, s));
        return coder.Code(article, document, mentions, quotes, places);
    }

    /// <summary>The country of the first town sentence <paramref name="s"/> names as a proper name; null when it names none.</summary>
    private string? TownCountry(Document document, int s)
    {
        var count = document.Sentences[s].TokenCount;
        if (townAt.Length < count)
        {
            townAt = new City?[count * 2];
        }

        var at = townAt.AsSpan(0, count);
        finder.Places(document, s, at);
        var tokens = document.SentenceTokens(s);
        for (var i = 0; i < at.Length; i++)
        {
            // Names only: "Police" opening a sentence is not the Polish town.
            if (at[i] is { } town && tokens[i].Upos == "PROPN")
            {
                return town.Country;
            }
        }

        return null;
    }

    /// <summary>Which tokens stand inside quotation marks; a quotation may run over several sentences.</summary>
    private ReadOnlySpan<bool> MarkQuotes(Document document)
    {
        var tokens = document.Tokens;
        if (inQuote.Length < tokens.Length)
        {
            inQuote = new bool[tokens.Length * 2];
        }

        var open = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var text = tokens[i].Text;
            switch (text)
            {
                case "“" or "``" or "«":
                    open = true;
                    inQuote[i] = false;
                    continue;
                case "”" or "''" or "»":
                    open = false;
                    inQuote[i] = false;
                    continue;
                case "\"":
                    open = !open;
                    inQuote[i] = false;
                    continue;
            }

            inQuote[i] = open;
        }

        return inQuote.AsSpan(0, tokens.Length);
    }
}
