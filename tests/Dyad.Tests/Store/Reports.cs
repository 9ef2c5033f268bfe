using Dyad.Domain;
using Dyad.Store;

namespace Dyad.Tests.Store;

/// <summary>Hand-made articles and events for storage tests, independent of what the coder would find.</summary>
public static class Reports
{
    public static readonly Actor Peru = new("PERGOV", "PER", "GOV", Name: "Ollanta Humala");
    public static readonly Actor Usa = new("USAGOV", "USA", "GOV", Name: "Leon Panetta");
    public static readonly Actor Rebels = new("PERREB", "PER", "REB");
    public static readonly Place Lima = new("Lima", "PER", "Lima", -12.0432, -77.0282);

    public static Article Article(string id, string text, string? source = "Wire One", string? url = null, string day = "2012-10-06") =>
        new(id, text, Title: "Title of " + id, Source: source, Published: DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Url: url);

    public static Event Event(string articleId, Actor source, Actor? target, string code, string day = "2012-10-06", Place? place = null, int sentence = 0, int start = 0) =>
        new(articleId, sentence, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), source, target, new CameoCode(code), 2.8, "CONSULT", place,
            $"Sentence {sentence} of {articleId}.", start, start + 20, "test#1", 0.9);

    public static CodedArticle Coded(Article article, params Event[] events) => new(article, events, 3);
}
